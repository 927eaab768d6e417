-- Benchmark data for the outlet list: adds N synthetic outlets to a database that already holds the demo data.
--   psql -h 127.0.0.1 -U servicenet_owner -d servicenet -v ON_ERROR_STOP=1 -v n=10000 -f bench/seed-outlets.sql
-- N defaults to 10000. Codes are BENCH-000001 … BENCH-<N>, ids come from outlet_seq. Idempotent: an outlet whose
-- code exists is skipped, and only outlets inserted by this run get categories and a REGISTERED event, so a
-- second run with the same N changes nothing and a run with a larger N adds just the difference.
-- One statement, no client loop. Runs as the schema owner, which row-level security also binds, so it acts as HQ.
-- Licence numbers use the nonexistent area code 990000 (91990000 + 9 digits of the number + B): unique and
-- never equal to a real one or to the demo outlets' numbers, but without a valid check character.
\if :{?n}
\else
    \set n 10000
\endif
SET app.hq = 'on';
SET TIME ZONE 'Asia/Shanghai';

WITH words AS (
    -- list lengths 17, 29, 7 and 6 are pairwise coprime: the first 20,706 names are all different
    SELECT '{上海,广州,深圳,杭州,宁波,温州,佛山,南京,苏州,无锡,成都,武汉,西安,重庆,天津,长沙,郑州}'::text[] AS city,
           '{021,020,0755,0571,0574,0577,0757,025,0512,0510,028,027,029,023,022,0731,0371}'::text[] AS area_code,
           '{佳修,安达,恒信,诚达,宏达,利民,鹏城,乐家,粤通,钱塘,顺安,永兴,美达,惠民,优维,骏达,华信,瓯越,鑫利,智修,兴达,万家,康泰,百顺,捷通,信诚,金泰,海达,立新}'::text[] AS brand,
           '{家电,电器,家用电器,制冷设备,电子电器,家电售后,智能家电}'::text[] AS trade,
           '{服务有限公司,维修有限公司,维修服务部,维修部,服务中心,技术服务有限公司}'::text[] AS form,
           '{人民路,解放路,中山路,建设路,和平路,新华路,胜利路,长江路,文化路,友谊路,北京路,南京路,东风路}'::text[] AS street,
           '{王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,林,罗}'::text[] AS surname,
           '{伟,芳,娜,敏,静,强,磊,军,洋,勇,艳,杰,涛,明,超,秀英,建华,志强,丽萍,国庆,海燕,晓东,文斌}'::text[] AS given
), src AS (
    SELECT i,
           'BENCH-' || CASE WHEN i < 1000000 THEN lpad(i::text, 6, '0') ELSE i::text END AS code,
           CASE WHEN i % 50 = 0 THEN 'TERMINATED'
                WHEN i % 50 IN (1, 2) THEN 'SUSPENDED'
                WHEN i % 50 IN (3, 4) THEN 'CANDIDATE'
                WHEN i % 50 IN (5, 6, 7) THEN 'PROBATION'
                ELSE 'ACTIVE' END AS status,
           -- registered up to two years ago, at some time of the working day
           date_trunc('minute', now()) - ((i::bigint * 7907) % 730) * interval '1 day' - ((i * 13) % 480) * interval '1 minute'
               AS created_at,
           least((i::bigint * 7907) % 730, 30 + i % 200) AS days_to_status
    FROM generate_series(1, :n) AS i
    WHERE NOT EXISTS (SELECT 1 FROM outlet o
                      WHERE o.code = 'BENCH-' || CASE WHEN i < 1000000 THEN lpad(i::text, 6, '0') ELSE i::text END)
), inserted AS (
    INSERT INTO outlet (code, legal_name, status, business_licence_no, address, contact_name, contact_phone,
                        contact_email, opening_hours, qualifications, status_reason, created_at, status_changed_at)
    SELECT s.code,
           w.city[1 + s.i % 17] || w.brand[1 + s.i % 29] || w.trade[1 + s.i % 7] || w.form[1 + s.i % 6],
           s.status,
           '91990000' || lpad(s.i::text, 9, '0') || 'B',
           w.city[1 + s.i % 17] || '市' || w.street[1 + s.i % 13] || ' ' || (1 + s.i % 997) || ' 号',
           w.surname[1 + s.i % 19] || w.given[1 + s.i % 23],
           CASE WHEN s.i % 3 = 0
                THEN '13' || (s.i % 10) || ' ' || lpad(((s.i::bigint * 7919) % 10000)::text, 4, '0') || ' '
                     || lpad((s.i % 10000)::text, 4, '0')
                ELSE w.area_code[1 + s.i % 17] || '-' || (5000 + (s.i::bigint * 7919) % 4000) || ' '
                     || lpad((s.i % 10000)::text, 4, '0') END,
           'bench' || s.i || '@example.cn',
           (ARRAY['周一至周六 9:00-18:00', '周一至周日 8:30-19:00', '周一至周五 9:00-17:30'])[1 + s.i % 3],
           (ARRAY['家电维修资质二级；制冷设备维修操作证 2 人',
                  '家电维修资质一级；制冷设备维修操作证 4 人；电工证 3 人',
                  '家电维修资质三级；电子产品维修工证 1 人',
                  '家电维修资质二级；燃气热水器安装维修资格证 2 人'])[1 + s.i % 4],
           CASE s.status WHEN 'SUSPENDED' THEN '神秘顾客暗访发现乱收费，暂停整改'
                         WHEN 'TERMINATED' THEN '整改期满复查仍不合格，终止特约维修协议' END,
           s.created_at,
           CASE WHEN s.status = 'CANDIDATE' THEN s.created_at
                ELSE s.created_at + s.days_to_status * interval '1 day' END
    FROM src s CROSS JOIN words w
    ON CONFLICT ON CONSTRAINT outlet_code_unique DO NOTHING
    RETURNING id, created_at
), categories AS (
    -- a non-empty subset of the six categories, picked by the bits of a number derived from the id
    INSERT INTO outlet_product_category (outlet_id, category)
    SELECT ins.id, c.category
    FROM inserted ins
    CROSS JOIN unnest('{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE,TELEVISION,WATER_HEATER,SMALL_APPLIANCE}'::varchar[])
               WITH ORDINALITY AS c (category, k)
    WHERE ((ins.id * 37) % 63 + 1) & (1 << (c.k::int - 1)) <> 0
    ON CONFLICT DO NOTHING
)
INSERT INTO outlet_event (outlet_id, occurred_at, kind, actor, note)
SELECT id, created_at, 'REGISTERED', 'hq.admin', '基准测试数据：登记为候选网点'
FROM inserted
ORDER BY id;

ANALYZE outlet;
ANALYZE outlet_product_category;
ANALYZE outlet_event;

SELECT count(*) AS bench_outlets FROM outlet WHERE code LIKE 'BENCH-%';
