-- pgbench script: the rows one repair report writes (an order and one part line, in one transaction), into
-- copies of the repair tables with the same columns, constraints and indexes, but without row-level security
-- and with no application in between: the raw PostgreSQL ceiling the API is measured against.
BEGIN;
INSERT INTO bench_raw.repair_order (id, outlet_id, ticket_no, status, service_type, category, model, serial_no, purchase_date,
        fault, customer_name, customer_phone, technician_id, received_at, labour_fee, other_fees, amount_charged,
        warranty_coverage, warranty_decision, price_list_id, overcharged, charged_in_warranty, idempotency_key,
        request_hash, created_by)
VALUES (nextval('bench_raw.repair_seq'), 1, 'PGB-' || currval('bench_raw.repair_seq'), 'RECEIVED', 'IN_SHOP', 'AIR_CONDITIONER',
        'KFR-35GW/BP3', 'BENCH-SN-' || (currval('bench_raw.repair_seq') % 50000), DATE '2023-05-01', '不制冷，压缩机频繁启停',
        '张伟', '13812345678', NULL, now(), 50.00, 0.00, 95.00, 'NONE', 'PAID_REPAIR', 1, false, false,
        'PGB-' || currval('bench_raw.repair_seq'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'pgbench');
INSERT INTO bench_raw.repair_part (id, outlet_id, repair_id, line_no, part_code, quantity, unit_price, min_price, max_price, over_range)
VALUES (nextval('bench_raw.part_seq'), 1, currval('bench_raw.repair_seq'), 1, 'AC-CAP-35', 1, 45.00, 35.00, 55.00, false);
COMMIT;
