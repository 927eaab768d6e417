-- Demo data of service quality: complaints in every state (a public one the customer can follow with the
-- tracking code TRACKDEM000000000001 on the consumer page), HQ's callbacks of recent repairs (open, completed,
-- unreachable), and the monthly counts of the last four months recomputed from these facts. Outlet 2's
-- customers complained and were dissatisfied enough to put it on the watch list (the quality job then nominates
-- it as a replacement candidate); outlet 1 has a complaint HQ has asked it to answer (manager.1 answers it in
-- the portal). Older complaints fall before the demo repairs and link none. Loaded after demo-repairs.sql; idempotent.
SET app.hq = 'on';
SET TIME ZONE 'Asia/Shanghai';

BEGIN;

DO $demo$
DECLARE
    c record;
BEGIN
    IF EXISTS (SELECT 1 FROM complaint WHERE created_by = 'demo') THEN
        RETURN;
    END IF;
    -- outlet, source, category, severity, status, received (ago), repair (n-th latest closed demo repair of the outlet, or none),
    -- steps taken, tracking code
    CREATE TEMPORARY TABLE demo_complaint ON COMMIT DROP AS
    SELECT v.*, nextval('complaint_seq') AS id,
           now() - v.ago AS received_at,
           coalesce(v.code, upper(left(md5('servicenet-demo-complaint-' || v.n), 20))) AS tracking_code
    FROM (VALUES
        (1,  1, 'PUBLIC',   'DELAY',          'MEDIUM', 'RESOLVED',      interval '100 days', NULL::int, 5, 'TRACKDEM000000000001',
         '等了一个多星期还没修好，打电话也没人回复。', '张女士', '139 0000 1001'),
        (2,  1, 'HOTLINE',  'OVERCHARGING',   'HIGH',   'INVESTIGATING', interval '2 hours',  1,         3, NULL,
         '换了一个运行电容收了 120 元，维修清单上写的是 35–55 元。', '王先生', '139 0000 1002'),
        (3,  1, 'CALLBACK', 'REPAIR_QUALITY', 'LOW',    'RECEIVED',      interval '1 hour',   2,         1, NULL,
         '回访：客户表示维修后仍有异响。', NULL, '139 0000 1003'),
        (4,  2, 'HOTLINE',  'ATTITUDE',       'MEDIUM', 'RECEIVED',      interval '4 days',   NULL,      1, NULL,
         '前台接待态度很差，不耐烦。', '刘先生', '139 0000 1004'),
        (5,  2, 'PUBLIC',   'NO_SHOW',        'HIGH',   'INVESTIGATING', interval '20 days',  NULL,      4, NULL,
         '约好上门维修，技术员没有来，也没有通知。', '陈女士', '139 0000 1005'),
        (6,  2, 'HOTLINE',  'OVERCHARGING',   'HIGH',   'RESOLVED',      interval '40 days',  3,         5, NULL,
         '收费比报价高了一倍。', '赵先生', '139 0000 1006'),
        (7,  2, 'CALLBACK', 'REPAIR_QUALITY', 'MEDIUM', 'RESOLVED',      interval '55 days',  4,         2, NULL,
         '回访：故障未排除。', NULL, '139 0000 1007'),
        (8,  2, 'HOTLINE',  'DELAY',          'LOW',    'REJECTED',      interval '60 days',  NULL,      2, NULL,
         '配件等了三天。', '孙女士', '139 0000 1008'),
        (9,  3, 'PUBLIC',   'ATTITUDE',       'LOW',    'RESOLVED',      interval '120 days', NULL,      2, NULL,
         '技术员没有出示上岗证。', '周先生', '139 0000 1009')
    ) AS v (n, outlet_id, source, category, severity, status, ago, repair_rank, steps, code, description, name, phone);

    INSERT INTO complaint (id, tracking_code, outlet_id, repair_id, source, category, severity, status, description, received_at,
                           due_at, outlet_asked_at, outlet_question, outlet_response, outlet_responded_at, outlet_responded_by,
                           resolution, closed_at, closed_by, created_by)
    SELECT d.id, d.tracking_code, d.outlet_id,
           CASE WHEN d.repair_rank IS NOT NULL THEN
               (SELECT r.id FROM repair_order r WHERE r.outlet_id = d.outlet_id AND r.created_by = 'demo' AND r.status = 'CLOSED'
                ORDER BY r.closed_at DESC OFFSET d.repair_rank - 1 LIMIT 1) END,
           d.source, d.category, d.severity, d.status, d.description, d.received_at,
           d.received_at + make_interval(hours => CASE d.severity WHEN 'HIGH' THEN 24 WHEN 'MEDIUM' THEN 72 ELSE 168 END),
           CASE WHEN d.steps >= 3 THEN d.received_at + interval '30 minutes' END,
           CASE WHEN d.steps >= 3 THEN '请说明情况并提供收费凭证。' END,
           CASE WHEN d.steps >= 4 THEN '已联系客户致歉，并安排重新上门。' END,
           CASE WHEN d.steps >= 4 THEN d.received_at + interval '1 day' END,
           CASE WHEN d.steps >= 4 THEN 'manager.' || d.outlet_id END,
           CASE d.status WHEN 'RESOLVED' THEN '网点已退还多收费用并向客户致歉。' WHEN 'REJECTED' THEN '配件等待时间在承诺范围内，投诉不成立。' END,
           CASE WHEN d.status IN ('RESOLVED', 'REJECTED') THEN d.received_at + interval '2 days' END,
           CASE WHEN d.status IN ('RESOLVED', 'REJECTED') THEN 'hq.quality' END,
           'demo'
    FROM demo_complaint d;

    INSERT INTO complaint_contact (complaint_id, name, phone) SELECT id, name, phone FROM demo_complaint;

    FOR c IN SELECT * FROM demo_complaint ORDER BY n LOOP
        INSERT INTO complaint_event (id, complaint_id, outlet_id, occurred_at, kind, actor, note)
        SELECT nextval('complaint_event_seq'), c.id, c.outlet_id, c.received_at + e.after, e.kind, e.actor, e.note
        FROM (VALUES
            (1, interval '0',          'RECEIVED',         CASE c.source WHEN 'PUBLIC' THEN 'public' ELSE 'hq.quality' END, NULL),
            (2, interval '10 minutes', 'INVESTIGATING',    'hq.quality', '已受理，开始调查。'),
            (3, interval '30 minutes', 'OUTLET_ASKED',     'hq.quality', '请说明情况并提供收费凭证。'),
            (4, interval '1 day',      'OUTLET_RESPONDED', 'manager.' || c.outlet_id, '已联系客户致歉，并安排重新上门。')
        ) AS e (step, after, kind, actor, note)
        WHERE e.step <= least(c.steps, 4);
        IF c.status IN ('RESOLVED', 'REJECTED') THEN
            INSERT INTO complaint_event (id, complaint_id, outlet_id, occurred_at, kind, actor, note)
            VALUES (nextval('complaint_event_seq'), c.id, c.outlet_id, c.received_at + interval '2 days', c.status, 'hq.quality',
                    CASE c.status WHEN 'RESOLVED' THEN '网点已退还多收费用并向客户致歉。' ELSE '配件等待时间在承诺范围内，投诉不成立。' END);
        END IF;
    END LOOP;

    -- callbacks of closed demo repairs: the newest of each outlet are still open, older ones were called
    INSERT INTO callback (id, outlet_id, repair_id, reasons, queued_at, status, attempts, last_attempt_at, satisfaction, fixed,
                          charged_as_receipt, comment, completed_at, completed_by)
    SELECT nextval('callback_seq'), r.outlet_id, r.id,
           CASE WHEN r.overcharged THEN 'SAMPLE,OVERCHARGED' ELSE 'SAMPLE' END,
           r.closed_at + interval '1 hour',
           CASE WHEN r.k <= 2 THEN 'OPEN' WHEN r.k = 9 THEN 'UNREACHABLE' ELSE 'COMPLETED' END,
           CASE WHEN r.k <= 2 THEN 0 WHEN r.k = 9 THEN 3 ELSE 1 END,
           CASE WHEN r.k > 2 THEN r.closed_at + interval '1 day' END,
           CASE WHEN r.k > 2 AND r.k <> 9 THEN
               CASE WHEN r.outlet_id = 2 AND r.k IN (3, 4, 6) THEN 2 WHEN r.k % 3 = 0 THEN 4 ELSE 5 END END,
           CASE WHEN r.k > 2 AND r.k <> 9 THEN true END,
           CASE WHEN r.k > 2 AND r.k <> 9 THEN true END,
           CASE WHEN r.outlet_id = 2 AND r.k IN (3, 4, 6) THEN '等待时间太长，服务态度一般。' END,
           CASE WHEN r.k > 2 AND r.k <> 9 THEN r.closed_at + interval '1 day' END,
           CASE WHEN r.k > 2 AND r.k <> 9 THEN 'hq.quality' END
    FROM (SELECT r.*, row_number() OVER (PARTITION BY r.outlet_id ORDER BY r.closed_at DESC) AS k
          FROM repair_order r WHERE r.created_by = 'demo' AND r.status = 'CLOSED') r
    WHERE r.k <= 9 AND r.closed_at + interval '1 day' < now();
END
$demo$;

-- the counts of the last four months, from the facts above (the job keeps the current and the last month fresh)
SELECT quality_recompute((date_trunc('month', now()) - make_interval(months => m))::date) FROM generate_series(0, 3) AS m;

COMMIT;
