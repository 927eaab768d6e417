-- Demo data of repair reporting: warranty terms (三包), the repair price list (维修清单), technicians of the
-- demo outlets and three months of their repairs. Loaded after demo-data.sql; idempotent like it.
SET app.hq = 'on';
SET TIME ZONE 'Asia/Shanghai';

BEGIN;

-- ---------------------------------------------------------------- warranty terms (return / replace / free repair, days)
INSERT INTO warranty_term (category, return_days, replace_days, repair_days, updated_by) VALUES
    ('AIR_CONDITIONER', 7, 15, 1095, 'hq.admin'),
    ('REFRIGERATOR',    7, 15, 1095, 'hq.admin'),
    ('WASHING_MACHINE', 7, 15, 1095, 'hq.admin'),
    ('WATER_HEATER',    7, 15, 1095, 'hq.admin'),
    ('TELEVISION',      7, 15, 365,  'hq.admin'),
    ('SMALL_APPLIANCE', 7, 15, 365,  'hq.admin')
ON CONFLICT (category) DO NOTHING;

-- ---------------------------------------------------------------- price list, valid since 2025-01-01
-- Inserted as a draft, then published: the database refuses new lines on a published list.
INSERT INTO price_list (id, valid_from, published, note, created_by)
SELECT 1, DATE '2025-01-01', false, '2025 年版维修清单（统一收费标准）', 'hq.admin'
WHERE NOT EXISTS (SELECT 1 FROM price_list WHERE id = 1);

INSERT INTO price_line (id, price_list_id, kind, category, code, name_en, name_zh_cn, name_zh_tw, min_price, max_price)
SELECT nextval('price_line_seq'), 1, v.kind, v.category, v.code, v.name_en, v.name_zh_cn, v.name_zh_tw, v.min_price, v.max_price
FROM (VALUES
    ('PART',   'AIR_CONDITIONER', 'AC-COMP-35', 'Compressor (3.5 kW)',        '压缩机（3.5 千瓦）',   '壓縮機（3.5 千瓦）',   780.00, 980.00),
    ('PART',   'AIR_CONDITIONER', 'AC-CAP-35',  'Run capacitor',               '运行电容',             '運轉電容',              35.00,  55.00),
    ('PART',   'AIR_CONDITIONER', 'AC-R32-1KG', 'Refrigerant R32 (per kg)',    '制冷剂 R32（每千克）',  '冷媒 R32（每公斤）',   120.00, 180.00),
    ('PART',   'AIR_CONDITIONER', 'AC-PCB-IN',  'Indoor control board',        '内机主控板',           '室內機主控板',         260.00, 380.00),
    ('PART',   'AIR_CONDITIONER', 'AC-FAN-OUT', 'Outdoor fan motor',           '外机风扇电机',         '室外機風扇馬達',       180.00, 260.00),
    ('LABOUR', 'AIR_CONDITIONER', 'IN_SHOP',      'Labour, in the shop',       '店内维修工时费',       '店內維修工時費',        30.00,  60.00),
    ('LABOUR', 'AIR_CONDITIONER', 'ON_SITE',      'Labour, on site',           '上门维修工时费',       '到府維修工時費',        60.00, 120.00),
    ('LABOUR', 'AIR_CONDITIONER', 'INSTALLATION', 'Installation',              '安装费',               '安裝費',               100.00, 200.00),
    ('PART',   'REFRIGERATOR',    'RF-COMP',    'Compressor',                  '压缩机',               '壓縮機',               560.00, 760.00),
    ('PART',   'REFRIGERATOR',    'RF-THERM',   'Thermostat',                  '温控器',               '溫控器',                45.00,  85.00),
    ('PART',   'REFRIGERATOR',    'RF-GASKET',  'Door gasket',                 '门封条',               '門封條',                60.00, 110.00),
    ('PART',   'REFRIGERATOR',    'RF-R600A',   'Refrigerant R600a charge',    '制冷剂 R600a 充注',     '冷媒 R600a 充填',       80.00, 150.00),
    ('LABOUR', 'REFRIGERATOR',    'IN_SHOP',      'Labour, in the shop',       '店内维修工时费',       '店內維修工時費',        30.00,  60.00),
    ('LABOUR', 'REFRIGERATOR',    'ON_SITE',      'Labour, on site',           '上门维修工时费',       '到府維修工時費',        50.00, 100.00),
    ('LABOUR', 'REFRIGERATOR',    'INSTALLATION', 'Installation',              '安装费',               '安裝費',                 0.00,  50.00),
    ('PART',   'WASHING_MACHINE', 'WM-MOTOR',   'Drive motor',                 '驱动电机',             '驅動馬達',             320.00, 480.00),
    ('PART',   'WASHING_MACHINE', 'WM-PUMP',    'Drain pump',                  '排水泵',               '排水泵',                70.00, 120.00),
    ('PART',   'WASHING_MACHINE', 'WM-BELT',    'Drive belt',                  '传动皮带',             '傳動皮帶',              25.00,  45.00),
    ('PART',   'WASHING_MACHINE', 'WM-PCB',     'Control board',               '电脑板',               '控制板',               220.00, 340.00),
    ('LABOUR', 'WASHING_MACHINE', 'IN_SHOP',      'Labour, in the shop',       '店内维修工时费',       '店內維修工時費',        30.00,  50.00),
    ('LABOUR', 'WASHING_MACHINE', 'ON_SITE',      'Labour, on site',           '上门维修工时费',       '到府維修工時費',        50.00,  90.00),
    ('LABOUR', 'WASHING_MACHINE', 'INSTALLATION', 'Installation',              '安装费',               '安裝費',                 0.00,  60.00),
    ('PART',   'TELEVISION',      'TV-PSU-55',  'Power board (55")',           '电源板（55 英寸）',     '電源板（55 吋）',      180.00, 260.00),
    ('PART',   'TELEVISION',      'TV-MAIN-55', 'Main board (55")',            '主板（55 英寸）',       '主機板（55 吋）',      300.00, 450.00),
    ('PART',   'TELEVISION',      'TV-LED-55',  'Backlight strips (set, 55")', '背光灯条（整套，55 英寸）', '背光燈條（整組，55 吋）', 160.00, 240.00),
    ('LABOUR', 'TELEVISION',      'IN_SHOP',      'Labour, in the shop',       '店内维修工时费',       '店內維修工時費',        40.00,  80.00),
    ('LABOUR', 'TELEVISION',      'ON_SITE',      'Labour, on site',           '上门维修工时费',       '到府維修工時費',        60.00, 120.00),
    ('LABOUR', 'TELEVISION',      'INSTALLATION', 'Wall mounting',             '挂装费',               '壁掛安裝費',            50.00, 100.00),
    ('PART',   'WATER_HEATER',    'WH-ELEM-2K', 'Heating element (2 kW)',      '加热管（2 千瓦）',      '加熱管（2 千瓦）',      90.00, 150.00),
    ('PART',   'WATER_HEATER',    'WH-ANODE',   'Magnesium anode',             '镁棒',                 '鎂棒',                  40.00,  70.00),
    ('PART',   'WATER_HEATER',    'WH-THERMO',  'Thermostat',                  '温控器',               '溫控器',                50.00,  90.00),
    ('LABOUR', 'WATER_HEATER',    'IN_SHOP',      'Labour, in the shop',       '店内维修工时费',       '店內維修工時費',        30.00,  50.00),
    ('LABOUR', 'WATER_HEATER',    'ON_SITE',      'Labour, on site',           '上门维修工时费',       '到府維修工時費',        50.00, 100.00),
    ('LABOUR', 'WATER_HEATER',    'INSTALLATION', 'Installation',              '安装费',               '安裝費',                80.00, 150.00),
    ('PART',   'SMALL_APPLIANCE', 'SA-HEAT',    'Heating plate',               '发热盘',               '發熱盤',                40.00,  80.00),
    ('PART',   'SMALL_APPLIANCE', 'SA-SWITCH',  'Switch assembly',             '开关组件',             '開關組件',              15.00,  30.00),
    ('LABOUR', 'SMALL_APPLIANCE', 'IN_SHOP',      'Labour, in the shop',       '店内维修工时费',       '店內維修工時費',        15.00,  30.00),
    ('LABOUR', 'SMALL_APPLIANCE', 'ON_SITE',      'Labour, on site',           '上门维修工时费',       '到府維修工時費',        30.00,  60.00),
    ('LABOUR', 'SMALL_APPLIANCE', 'INSTALLATION', 'Installation',              '安装费',               '安裝費',                 0.00,  30.00)
) AS v (kind, category, code, name_en, name_zh_cn, name_zh_tw, min_price, max_price)
WHERE NOT (SELECT published FROM price_list WHERE id = 1)
ON CONFLICT (price_list_id, category, kind, code) DO NOTHING;

UPDATE price_list SET published = true, published_by = 'hq.admin', published_at = TIMESTAMPTZ '2024-12-20 10:00'
WHERE id = 1 AND NOT published;

-- ---------------------------------------------------------------- technicians (staff numbers are the outlet's own)
-- tech.1 and tech.2 are Keycloak users of outlets 1 and 2. T09 exists only at outlet 2: the system tests use it
-- as "another outlet's technician" for outlet 1.
-- Each is a person of their own (training certifies the person; see demo-training.sql).
DO $demo$
DECLARE
    r record;
    person bigint;
BEGIN
    FOR r IN SELECT * FROM (VALUES
        (1, 'T01', '陈志明', 'tech.1'),
        (1, 'T02', '李国强', NULL),
        (1, 'T03', '周海峰', NULL),
        (2, 'T01', '王建华', 'tech.2'),
        (2, 'T02', '刘晓东', NULL),
        (2, 'T09', '赵磊', NULL),
        (3, 'T01', '孙永刚', NULL),
        (5, 'T01', '吴俊', NULL),
        (6, 'T01', '郑伟', NULL)
    ) AS v (outlet_id, code, name, username)
    LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM technician t WHERE t.outlet_id = r.outlet_id AND t.code = r.code);
        person := nextval('person_seq');
        INSERT INTO person (id, name) VALUES (person, r.name);
        INSERT INTO technician (id, outlet_id, code, name, username, person_id)
        VALUES (nextval('technician_seq'), r.outlet_id, r.code, r.name, r.username, person);
    END LOOP;
END
$demo$;

-- ---------------------------------------------------------------- repairs of the last three months
-- 240 repairs of outlets 1, 2, 3, 5 and 6, most closed, some still open. Charges follow the price list, except:
-- every 17th is charged above its part's range (乱收费), every 23rd charges a repair inside the free-repair
-- period (三包), and each 29th appliance comes back within 30 days (repeat repair).
DO $demo$
DECLARE
    outlet bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM repair_order WHERE created_by = 'demo') THEN
        RETURN;
    END IF;
    CREATE TEMPORARY TABLE demo_repair ON COMMIT DROP AS
    SELECT i, nextval('repair_order_seq') AS repair_id, nextval('repair_part_seq') AS part_id,
           (ARRAY[1, 1, 1, 2, 2, 3, 5, 6])[1 + i % 8] AS outlet_id,
           p.category, p.code AS part_code, p.min_price, p.max_price,
           l.min_price AS labour_min,
           least(date_trunc('day', now()) - make_interval(days => 90 - i * 90 / 240) + make_interval(mins => 510 + (i * 37) % 540),
                 now() - interval '3 hours') AS received_at,
           CASE WHEN i % 23 = 0 THEN (now() - interval '200 days')::date
                ELSE (now() - make_interval(days => 400 + (i * 53) % 1500))::date END AS purchase_date,
           CASE WHEN i % 29 = 0 THEN 'SN-DEMO-' || (i - 1) ELSE 'SN-DEMO-' || i END AS serial_no
    FROM generate_series(1, 240) AS i
    JOIN LATERAL (SELECT * FROM price_line WHERE price_list_id = 1 AND kind = 'PART'
                  ORDER BY category, code OFFSET ((CASE WHEN i % 29 = 0 THEN i - 1 ELSE i END) * 7) % 24 LIMIT 1) p ON true
    JOIN price_line l ON l.price_list_id = 1 AND l.kind = 'LABOUR' AND l.category = p.category AND l.code = 'IN_SHOP';

    -- repairs are the outlets' own rows (HQ only reads them): write each outlet's as that outlet
    FOR outlet IN SELECT DISTINCT outlet_id FROM demo_repair LOOP
    PERFORM set_config('app.outlet_id', outlet::text, true);
    INSERT INTO repair_order (id, outlet_id, ticket_no, status, service_type, category, model, serial_no, purchase_date,
                              fault, customer_name, customer_phone, technician_id, received_at, diagnosed_at,
                              repaired_at, closed_at, labour_fee, other_fees, amount_charged, warranty_coverage,
                              warranty_decision, resolution, customer_confirmed, price_list_id, overcharged,
                              charged_in_warranty, created_by)
    SELECT d.repair_id, d.outlet_id, 'D' || to_char(d.received_at, 'YYMMDD') || '-' || lpad(d.i::text, 4, '0'),
           CASE WHEN d.i > 225 THEN 'RECEIVED' WHEN d.i > 215 THEN 'DIAGNOSED' ELSE 'CLOSED' END,
           'IN_SHOP', d.category, 'DEMO-' || left(d.category, 2) || '-' || (100 + d.i % 7), d.serial_no, d.purchase_date,
           (ARRAY['不制冷', '开机无反应', '运行噪音大', '漏水', '显示故障代码 E4', '加热不停'])[1 + d.i % 6],
           (ARRAY['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵敏', '黄磊'])[1 + d.i % 8],
           '13' || lpad(((d.i * 7919) % 1000000000)::text, 9, '0'),
           (SELECT t.id FROM technician t WHERE t.outlet_id = d.outlet_id ORDER BY t.code LIMIT 1),
           d.received_at,
           CASE WHEN d.i <= 225 THEN d.received_at + interval '2 hours' END,
           CASE WHEN d.i <= 215 THEN d.received_at + interval '1 day' END,
           CASE WHEN d.i <= 215 THEN d.received_at + interval '1 day 3 hours' END,
           d.labour_min, 0,
           d.labour_min + CASE WHEN d.i % 17 = 0 THEN d.max_price + 60 ELSE d.min_price END,
           CASE WHEN d.i % 23 = 0 THEN 'FREE_REPAIR' ELSE 'NONE' END,
           'PAID_REPAIR',
           CASE WHEN d.i <= 215 THEN '更换配件后试机正常' END,
           d.i <= 215, 1,
           d.i % 17 = 0, d.i % 23 = 0, 'demo'
    FROM demo_repair d
    WHERE d.outlet_id = outlet
    ORDER BY d.i;

    INSERT INTO repair_part (id, outlet_id, repair_id, line_no, part_code, quantity, unit_price, min_price, max_price, over_range)
    SELECT d.part_id, d.outlet_id, d.repair_id, 1, d.part_code, 1,
           CASE WHEN d.i % 17 = 0 THEN d.max_price + 60 ELSE d.min_price END, d.min_price, d.max_price, d.i % 17 = 0
    FROM demo_repair d
    WHERE d.outlet_id = outlet;
    END LOOP;
    PERFORM set_config('app.outlet_id', '', true);
END
$demo$;

COMMIT;

SELECT setval('price_list_seq', greatest((SELECT max(id) FROM price_list), 1));
