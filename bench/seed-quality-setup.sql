-- Quality benchmark data, part 1 (after bench/seed-outlets.sql has added the 10,000 outlets): 31 provinces and a
-- district held by each serving benchmark outlet, so the ranking has provinces to rank in, and the table of
-- serving outlets that bench/seed-quality-batch.sql spreads repairs over. Idempotent.
-- Runs as PostgreSQL's superuser (row-level security does not bind it): the rows belong to thousands of outlets.
\set ON_ERROR_STOP on
SET app.hq = 'on';

INSERT INTO region (code, level, name_en, name_zh_cn, name_zh_tw)
SELECT 'BP' || lpad(p::text, 2, '0'), 'PROVINCE', 'Bench province ' || p, '基准省 ' || p, '基準省 ' || p
FROM generate_series(1, 31) AS p
ON CONFLICT ON CONSTRAINT region_code_unique DO NOTHING;

INSERT INTO region (parent_id, code, level, name_en, name_zh_cn, name_zh_tw, service_area)
SELECT prov.id, 'BD-' || o.code, 'DISTRICT', 'Bench district ' || o.id, '基准区 ' || o.id, '基準區 ' || o.id, '基准测试服务范围'
FROM outlet o
JOIN region prov ON prov.code = 'BP' || lpad((1 + o.id % 31)::text, 2, '0')
WHERE o.code LIKE 'BENCH-%' AND o.status IN ('ACTIVE', 'PROBATION')
ON CONFLICT ON CONSTRAINT region_code_unique DO NOTHING;

INSERT INTO region_assignment (region_id, outlet_id, valid_from, appointed_by)
SELECT r.id, o.id, o.created_at, 'bench'
FROM outlet o JOIN region r ON r.code = 'BD-' || o.code
WHERE NOT EXISTS (SELECT 1 FROM region_assignment a WHERE a.region_id = r.id);

-- every serving outlet, demo outlets included, numbered 0..n-1 for the generator
DROP TABLE IF EXISTS bench_serving;
CREATE UNLOGGED TABLE bench_serving AS
SELECT (row_number() OVER (ORDER BY id) - 1)::integer AS k, id AS outlet_id
FROM outlet WHERE status IN ('ACTIVE', 'PROBATION');
ALTER TABLE bench_serving ADD PRIMARY KEY (k);

ANALYZE region;
ANALYZE region_assignment;
SELECT count(*) AS serving_outlets FROM bench_serving;
