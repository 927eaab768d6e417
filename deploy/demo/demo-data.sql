-- Demo data for the local platform (./servicenet start) and the system tests' throw-away platform.
-- Never loaded by production code paths. Idempotent: a second start changes nothing.
-- Runs as the schema owner, which row-level security also binds (FORCE), so it acts as HQ.
SET app.hq = 'on';

-- Outlets 1 and 2 are the tenants of the demo users manager.1 / tech.1 and manager.2 / tech.2
-- and of the API clients shop-1 and shop-2 in deploy/keycloak/servicenet-realm.json.
INSERT INTO outlet (id, code, legal_name, status) VALUES
    (1, 'SH-PD-01', '上海浦东佳修家电服务有限公司', 'ACTIVE'),
    (2, 'SH-XH-01', '上海徐汇安达电器维修部', 'ACTIVE')
ON CONFLICT (id) DO NOTHING;

SELECT setval('outlet_seq', greatest((SELECT max(id) FROM outlet), 1000));
