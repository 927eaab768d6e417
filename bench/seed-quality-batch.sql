-- Quality benchmark data, part 2: repairs :lo..:hi of :total, spread in time order over the last :days days
-- (as real traffic arrives, so received_at and closed_at follow the table's physical order), over the serving
-- outlets of bench_serving, with the complaints and callbacks that follow from them. bench/quality.sh calls it
-- batch by batch; each batch is one transaction.
-- Proportions: about 1 % of closed repairs draw a complaint, 20 % are called back, 85 % of those calls reach
-- the customer. Some outlets are worse on purpose, so the ranking and the watch list have something to show:
-- every 17th outlet misses its promise four times as often and draws more complaints, every 19th leaves five
-- times as many customers dissatisfied, every 23rd overcharges more. One product model's fault surges in the
-- last 25 days, for the early warning.
\set ON_ERROR_STOP on
SET app.hq = 'on';
SELECT count(*) AS serving FROM bench_serving \gset
BEGIN;
CREATE TEMPORARY TABLE b ON COMMIT DROP AS
SELECT g.i, nextval('repair_order_seq') AS id, s.outlet_id, g.a, g.received_at,
       (ARRAY['AIR_CONDITIONER','REFRIGERATOR','WASHING_MACHINE','TELEVISION','WATER_HEATER','SMALL_APPLIANCE'])[1 + g.a % 6] AS category,
       CASE WHEN g.i % 20 < 14 THEN 'IN_SHOP' WHEN g.i % 20 < 19 THEN 'ON_SITE' ELSE 'INSTALLATION' END AS service_type,
       CASE WHEN g.received_at + interval '5 days' > now() THEN (ARRAY['RECEIVED','DIAGNOSED','REPAIRED'])[1 + g.i % 3]
            WHEN g.i % 25 = 0 THEN 'CANCELLED' ELSE 'CLOSED' END AS status,
       (g.i % 100) < CASE WHEN s.outlet_id % 17 = 0 THEN 12 ELSE 3 END AS late,
       g.received_at > now() - interval '25 days' AND g.i % 500 = 0 AS surge
FROM (SELECT i, CASE WHEN i % 50 = 0 AND i > 2003 THEN i - 2003 ELSE i END AS a,
             date_trunc('day', now()) - make_interval(days => :days)
                 + make_interval(secs => (i - 1) * (:days * 86400.0 / :total)) AS received_at
      FROM generate_series(:lo::bigint, :hi::bigint) AS i) g
JOIN bench_serving s ON s.k = (g.i * 7919) % :serving;

INSERT INTO repair_order (id, outlet_id, ticket_no, status, service_type, category, model, serial_no, fault,
                          customer_name, customer_phone, customer_address, received_at, diagnosed_at, repaired_at,
                          closed_at, cancelled_at, labour_fee, amount_charged, warranty_coverage, warranty_decision,
                          resolution, customer_confirmed, overcharged, charged_in_warranty, created_by)
SELECT b.id, b.outlet_id, 'B' || b.i, b.status, b.service_type,
       CASE WHEN b.surge THEN 'AIR_CONDITIONER' ELSE b.category END,
       CASE WHEN b.surge THEN 'BM-SURGE-1' ELSE 'BM-' || left(b.category, 2) || '-' || (b.a % 40) END,
       'BSN-' || b.a,
       CASE WHEN b.surge THEN 'E9 主板烧毁' ELSE 'E' || (b.a % 9) || ' ' || (ARRAY['不制冷','不开机','噪音大','漏水','不加热'])[1 + b.a % 5] END,
       '测试', '13800000000', CASE WHEN b.service_type <> 'IN_SHOP' THEN '基准路 1 号' END,
       b.received_at,
       CASE WHEN b.status IN ('RECEIVED', 'CANCELLED') THEN NULL
            WHEN b.late THEN b.received_at + interval '60 hours' ELSE b.received_at + make_interval(hours => (1 + b.i % 20)::int) END,
       CASE WHEN b.status IN ('REPAIRED', 'CLOSED') THEN b.received_at + interval '3 days' END,
       CASE WHEN b.status = 'CLOSED' THEN b.received_at + interval '3 days' + make_interval(hours => (b.i % 48)::int) END,
       CASE WHEN b.status = 'CANCELLED' THEN b.received_at + interval '1 hour' END,
       50.00, 95.00, 'NONE', 'PAID_REPAIR',
       CASE WHEN b.status = 'CLOSED' THEN '更换配件后试机正常' END, b.status = 'CLOSED',
       b.status = 'CLOSED' AND (b.i % 97 = 0 OR (b.outlet_id % 23 = 0 AND b.i % 20 = 0)),
       b.status = 'CLOSED' AND b.i % 211 = 0,
       'bench'
FROM b;

CREATE TEMPORARY TABLE bc ON COMMIT DROP AS
SELECT b.i, b.id AS repair_id, b.outlet_id, nextval('complaint_seq') AS complaint_id,
       least(b.received_at + interval '4 days' + make_interval(hours => (b.i % 48)::int), now() - interval '1 minute') AS received_at
FROM b
WHERE b.status = 'CLOSED' AND (b.i % 100 = 7 OR (b.outlet_id % 17 = 0 AND b.i % 100 IN (8, 9, 10)));

INSERT INTO complaint (id, tracking_code, outlet_id, repair_id, source, category, severity, status, description, received_at,
                       due_at, resolution, closed_at, closed_by, created_by)
SELECT c.complaint_id, 'BQ' || c.i, c.outlet_id, c.repair_id,
       (ARRAY['HOTLINE','HOTLINE','PUBLIC','CALLBACK'])[1 + c.i % 4],
       (ARRAY['ATTITUDE','OVERCHARGING','REPAIR_QUALITY','DELAY','NO_SHOW'])[1 + c.i % 5],
       (ARRAY['LOW','MEDIUM','HIGH'])[1 + c.i % 3],
       CASE WHEN c.received_at > now() - interval '7 days' THEN 'RECEIVED' WHEN c.i % 20 = 0 THEN 'REJECTED' ELSE 'RESOLVED' END,
       '基准测试投诉', c.received_at, c.received_at + interval '72 hours',
       CASE WHEN c.received_at <= now() - interval '7 days' THEN '已核实处理' END,
       CASE WHEN c.received_at <= now() - interval '7 days' THEN c.received_at + interval '2 days' END,
       CASE WHEN c.received_at <= now() - interval '7 days' THEN 'bench' END,
       'bench'
FROM bc c;
INSERT INTO complaint_contact (complaint_id, name, phone) SELECT complaint_id, '测试', '13800000000' FROM bc;
INSERT INTO complaint_event (id, complaint_id, outlet_id, occurred_at, kind, actor)
SELECT nextval('complaint_event_seq'), complaint_id, outlet_id, received_at, 'RECEIVED', 'bench' FROM bc;

INSERT INTO callback (id, outlet_id, repair_id, reasons, queued_at, status, attempts, last_attempt_at, satisfaction, fixed,
                      charged_as_receipt, comment, completed_at, completed_by)
SELECT nextval('callback_seq'), x.outlet_id, x.id, 'SAMPLE', x.queued_at, x.cstatus,
       CASE x.cstatus WHEN 'OPEN' THEN 0 WHEN 'UNREACHABLE' THEN 3 ELSE 1 END,
       CASE WHEN x.cstatus <> 'OPEN' THEN x.queued_at + interval '2 days' END,
       CASE WHEN x.cstatus = 'COMPLETED' THEN
           CASE WHEN x.i % 100 < CASE WHEN x.outlet_id % 19 = 0 THEN 25 ELSE 5 END THEN 1 + x.i % 2 ELSE 3 + x.i % 3 END END,
       CASE WHEN x.cstatus = 'COMPLETED' THEN x.i % 100 >= 2 END,
       CASE WHEN x.cstatus = 'COMPLETED' THEN true END,
       NULL,
       CASE WHEN x.cstatus = 'COMPLETED' THEN x.queued_at + interval '2 days' END,
       CASE WHEN x.cstatus = 'COMPLETED' THEN 'bench' END
FROM (SELECT b.i, b.id, b.outlet_id, r.closed_at + interval '1 hour' AS queued_at,
             CASE WHEN r.closed_at + interval '3 days' > now() THEN 'OPEN' WHEN b.i % 45 = 0 THEN 'UNREACHABLE' ELSE 'COMPLETED' END AS cstatus
      FROM b JOIN repair_order r ON r.id = b.id
      WHERE b.status = 'CLOSED' AND b.i % 5 = 0) x;
COMMIT;
