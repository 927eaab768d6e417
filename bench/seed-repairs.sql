-- Fills outlet 1 up to :n repairs (idempotent: only the missing ones are added), spread over three years,
-- each with one part, statuses and serial numbers varied like real traffic. Runs as the schema owner, acting
-- as outlet 1 (row-level security binds the owner too).
\set ON_ERROR_STOP on
SELECT set_config('app.outlet_id', '1', false);
SELECT greatest(:n - count(*), 0) AS missing FROM repair_order WHERE outlet_id = 1 \gset
BEGIN;
CREATE TEMPORARY TABLE seed ON COMMIT DROP AS
SELECT nextval('repair_order_seq') AS id, nextval('repair_part_seq') AS part_id, g AS i
FROM generate_series(1, :missing) AS g;
INSERT INTO repair_order (id, outlet_id, ticket_no, status, service_type, category, model, serial_no, purchase_date, fault,
                          customer_name, customer_phone, technician_id, received_at, closed_at, labour_fee, other_fees,
                          amount_charged, warranty_coverage, warranty_decision, price_list_id, created_by)
SELECT s.id, 1, 'SEED-' || s.id, (ARRAY['CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','REPAIRED','DIAGNOSED','RECEIVED','CANCELLED'])[1 + s.i % 10],
       'IN_SHOP', 'AIR_CONDITIONER', 'KFR-' || (s.i % 40), 'BENCH-SN-' || (s.i % 50000), DATE '2022-01-01', 'seeded repair',
       '张伟', '13812345678', NULL, now() - make_interval(secs => (s.i % 94608000) + 86400), NULL, 50.00, 0.00, 95.00,
       'NONE', 'PAID_REPAIR', 1, 'seed'
FROM seed s;
INSERT INTO repair_part (id, outlet_id, repair_id, line_no, part_code, quantity, unit_price, min_price, max_price, over_range)
SELECT s.part_id, 1, s.id, 1, 'AC-CAP-35', 1, 45.00, 35.00, 55.00, false FROM seed s;
COMMIT;
ANALYZE repair_order;
ANALYZE repair_part;
