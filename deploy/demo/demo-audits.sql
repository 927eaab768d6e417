-- Demo data of audits (不定期抽查) and mystery shopping (秘密监察): the two default inspection templates, built
-- on the six criteria of good service (服务质量测定: 规范化和技能化, 态度和行为, 可亲近性和灵活性, 可靠性和忠诚感,
-- 自我修复, 名誉和可信性); the shopper registry; a year of released results for the active outlets; outlet 12
-- with two failing results (so on probation and on the replacement-candidate list, as the rule would have put
-- it), outlet 20 with one (a second failing release puts it there); corrective actions open, answered and
-- closed; an unreleased mystery shop at outlet 2; and open assignments for the demo shopper.
-- Idempotent: skipped when the templates are there. Runs as the schema owner, acting as HQ.
SET app.hq = 'on';
SET TIME ZONE 'Asia/Shanghai';

BEGIN;

DO $demo$
DECLARE
    a record;
    v_audit bigint := 0;
    qq record;
    v_section bigint;
    v_question bigint := 0;
    v_quality numeric;
    v_pick integer;
    v_day date;
    v_kind varchar;
    v_version bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM audit_template WHERE code = 'SQ-SPOT') THEN
        RETURN;
    END IF;

    INSERT INTO audit_template (id, code, kind, name_en, name_zh_cn, name_zh_tw, created_by, created_at) VALUES
        (1, 'SQ-SPOT', 'SPOT_CHECK', 'Service quality spot check', '服务质量不定期抽查', '服務品質不定期抽查', 'hq.auditor', now() - interval '400 days'),
        (2, 'SQ-SHOP', 'MYSTERY_SHOP', 'Mystery shop: in-warranty repair', '秘密监察：保内报修', '秘密監察：保內報修', 'hq.auditor', now() - interval '400 days');
    -- drafts first: a published version's content can no longer be written (trigger template_frozen)
    INSERT INTO template_version (id, template_id, number, status, critical_cap, brief, created_by, created_at) VALUES
        (1, 1, 1, 'DRAFT', 49, NULL, 'hq.auditor', now() - interval '400 days'),
        (2, 2, 1, 'DRAFT', 49,
         '以普通顾客身份致电网点，预约一次保内洗衣机维修（脱水时噪音大）。记录接听、上门时间、技术员是否出示上岗资格证、报价与收费是否与维修清单一致，保留收据并拍照。不要透露身份。',
         'hq.auditor', now() - interval '400 days');

    -- six criteria, weighted; the spot check asks four questions each, the mystery shop three
    INSERT INTO template_section (id, version_id, position, title_zh_cn, title_en, title_zh_tw, weight) VALUES
        (1, 1, 1, '规范化和技能化', 'Professionalism and skills', '規範化和技能化', 25),
        (2, 1, 2, '态度和行为', 'Attitude and behaviour', '態度和行為', 20),
        (3, 1, 3, '可亲近性和灵活性', 'Accessibility and flexibility', '可親近性和靈活性', 15),
        (4, 1, 4, '可靠性和忠诚感', 'Reliability and trustworthiness', '可靠性和忠誠感', 20),
        (5, 1, 5, '自我修复', 'Recovery', '自我修復', 10),
        (6, 1, 6, '名誉和可信性', 'Reputation and credibility', '名譽和可信性', 10),
        (7, 2, 1, '规范化和技能化', 'Professionalism and skills', '規範化和技能化', 25),
        (8, 2, 2, '态度和行为', 'Attitude and behaviour', '態度和行為', 20),
        (9, 2, 3, '可亲近性和灵活性', 'Accessibility and flexibility', '可親近性和靈活性', 15),
        (10, 2, 4, '可靠性和忠诚感', 'Reliability and trustworthiness', '可靠性和忠誠感', 20),
        (11, 2, 5, '自我修复', 'Recovery', '自我修復', 10),
        (12, 2, 6, '名誉和可信性', 'Reputation and credibility', '名譽和可信性', 10);

    INSERT INTO template_question (id, section_id, position, text_zh_cn, text_en, text_zh_tw, kind, weight, critical, na_allowed) VALUES
        (1, 1, 1, '技术员持有效上岗资格证并佩戴', 'Technicians hold and wear a valid certificate', '技術員持有效上崗資格證並佩戴', 'YES_NO', 3, true, false),
        (2, 1, 2, '故障诊断规范、工具齐全', 'Diagnosis by the book, tools complete', '故障診斷規範、工具齊全', 'SCALE_0_4', 2, false, false),
        (3, 1, 3, '维修记录完整（报修、诊断、配件、收费）', 'Repair records complete', '維修記錄完整（報修、診斷、配件、收費）', 'SCALE_1_5', 2, false, false),
        (4, 1, 4, '备件台账与旧件回收登记', 'Parts ledger and returned-parts log', '備件台帳與舊件回收登記', 'YES_NO', 1, false, true),
        (5, 2, 1, '接待礼貌、主动说明流程', 'Polite reception, explains the process', '接待禮貌、主動說明流程', 'SCALE_1_5', 2, false, false),
        (6, 2, 2, '着装统一、佩戴工牌', 'Uniform and badge', '著裝統一、佩戴工牌', 'YES_NO', 1, false, false),
        (7, 2, 3, '上门服务使用鞋套、清理现场', 'Shoe covers used, site cleaned', '上門服務使用鞋套、清理現場', 'YES_NO', 1, false, true),
        (8, 2, 4, '店面照片（接待区）', 'Photo of the reception area', '店面照片（接待區）', 'PHOTO', 0, false, false),
        (9, 3, 1, '营业时间与公示一致', 'Opening hours as posted', '營業時間與公示一致', 'YES_NO', 1, false, false),
        (10, 3, 2, '电话接通与应答', 'Phone answered promptly', '電話接通與應答', 'SCALE_0_4', 2, false, false),
        (11, 3, 3, '可按顾客方便的时间预约上门', 'Visits booked at the customer''s convenience', '可按顧客方便的時間預約上門', 'YES_NO', 1, false, false),
        (12, 3, 4, '排队等待时间（分钟）', 'Waiting time (minutes)', '排隊等待時間（分鐘）', 'NUMBER', 0, false, true),
        (13, 4, 1, '按维修清单收费、价格公示上墙', 'Charges as on the price list, prices posted', '按維修清單收費、價格公示上牆', 'YES_NO', 3, true, false),
        (14, 4, 2, '保内维修未向顾客收费', 'No charge for in-warranty repairs', '保內維修未向顧客收費', 'YES_NO', 3, true, true),
        (15, 4, 3, '承诺时间内上门', 'Visits within the promised time', '承諾時間內上門', 'SCALE_0_4', 2, false, false),
        (16, 4, 4, '使用原厂备件', 'Genuine parts used', '使用原廠備件', 'YES_NO', 2, false, false),
        (17, 5, 1, '返修在 48 小时内处理', 'Repeat repairs handled within 48 hours', '返修在 48 小時內處理', 'YES_NO', 2, false, true),
        (18, 5, 2, '投诉记录与处理闭环', 'Complaints recorded and closed', '投訴記錄與處理閉環', 'SCALE_0_4', 2, false, false),
        (19, 5, 3, '整改项按期完成', 'Corrective actions done on time', '整改項按期完成', 'YES_NO', 1, false, true),
        (20, 5, 4, '检查员备注', 'Auditor''s notes', '檢查員備註', 'TEXT', 0, false, true),
        (21, 6, 1, '授权标识与资质证书悬挂规范', 'Authorization sign and licences displayed', '授權標識與資質證書懸掛規範', 'YES_NO', 1, false, false),
        (22, 6, 2, '店面整洁、品牌形象统一', 'Shop tidy, brand image consistent', '店面整潔、品牌形象統一', 'SCALE_1_5', 2, false, false),
        (23, 6, 3, '未以品牌名义从事其他经营', 'No other business under the brand''s name', '未以品牌名義從事其他經營', 'YES_NO', 2, false, false),
        (24, 6, 4, '顾客回访满意度抽问', 'Customer satisfaction on a spot question', '顧客回訪滿意度抽問', 'SCALE_1_5', 1, false, true),
        (25, 7, 1, '技术员出示上岗资格证', 'Technician showed the certificate', '技術員出示上崗資格證', 'YES_NO', 3, true, false),
        (26, 7, 2, '故障判断准确、解释清楚', 'Fault found and explained clearly', '故障判斷準確、解釋清楚', 'SCALE_1_5', 2, false, false),
        (27, 7, 3, '维修一次完成', 'Fixed on the first visit', '維修一次完成', 'YES_NO', 2, false, false),
        (28, 8, 1, '电话接听礼貌', 'Polite on the phone', '電話接聽禮貌', 'SCALE_1_5', 2, false, false),
        (29, 8, 2, '上门守时并提前联系', 'On time, called ahead', '上門守時並提前聯繫', 'YES_NO', 2, false, false),
        (30, 8, 3, '未推销无关产品', 'No unrelated selling', '未推銷無關產品', 'YES_NO', 1, false, false),
        (31, 9, 1, '电话在 30 秒内接通', 'Phone answered within 30 seconds', '電話在 30 秒內接通', 'YES_NO', 1, false, false),
        (32, 9, 2, '可预约的最早上门时间（小时）', 'Earliest visit offered (hours)', '可預約的最早上門時間（小時）', 'NUMBER', 0, false, false),
        (33, 9, 3, '预约时间可灵活调整', 'Appointment could be moved', '預約時間可靈活調整', 'SCALE_0_4', 1, false, true),
        (34, 10, 1, '收费与维修清单一致', 'Charged as on the price list', '收費與維修清單一致', 'YES_NO', 3, true, false),
        (35, 10, 2, '保内维修未收费', 'No charge in warranty', '保內維修未收費', 'YES_NO', 3, true, false),
        (36, 10, 3, '收据照片', 'Photo of the receipt', '收據照片', 'PHOTO', 0, false, false),
        (37, 11, 1, '对问题主动致歉并说明处理方案', 'Apologised and explained the remedy', '對問題主動致歉並說明處理方案', 'SCALE_0_4', 2, false, true),
        (38, 11, 2, '三天内回访确认', 'Called back within three days', '三天內回訪確認', 'YES_NO', 1, false, false),
        (39, 12, 1, '自称为品牌特约维修点且有授权标识', 'Presents itself as authorized, shows the sign', '自稱為品牌特約維修點且有授權標識', 'YES_NO', 2, false, false),
        (40, 12, 2, '总体印象', 'Overall impression', '總體印象', 'SCALE_1_5', 2, false, false),
        (41, 12, 3, '经过描述', 'What happened', '經過描述', 'TEXT', 0, false, false);

    UPDATE template_version SET status = 'PUBLISHED', published_by = 'hq.auditor', published_at = now() - interval '399 days';

    INSERT INTO mystery_shopper (username, name, city) VALUES
        ('shopper', '林晓雯', '上海'),
        ('shopper.gz', '陈嘉豪（无登录，仅排班演示）', '广州'),
        ('shopper.hz', '周雨桐（无登录，仅排班演示）', '杭州');
    -- the demo shopper's cousin works at outlet 5
    INSERT INTO shopper_link (username, outlet_id, reason) VALUES ('shopper', 5, '表亲在该网点任职');

    -- a year of results: each active outlet had a spot check and a mystery shop every four months or so.
    -- Outlet 4 and 13 are the weak ones of demo-data.sql's tracking notes; 1 and 2 the good ones.
    FOR a IN
        SELECT o.id AS outlet_id, k.n, o.id % 3 AS phase
          FROM outlet o CROSS JOIN generate_series(0, 2) AS k(n)
         WHERE o.status IN ('ACTIVE', 'PROBATION') AND o.id <= 20
         ORDER BY o.id, k.n
    LOOP
        FOR v_pick IN 0..1 LOOP
            v_audit := v_audit + 1;
            v_kind := CASE WHEN v_pick = 0 THEN 'SPOT_CHECK' ELSE 'MYSTERY_SHOP' END;
            v_version := CASE WHEN v_pick = 0 THEN 1 ELSE 2 END;
            v_day := current_date - (30 + a.n * 120 + a.phase * 17 + v_pick * 45)::integer;
            -- outlet 12 slipped in both of its latest visits, outlet 20 in its latest spot check only
            v_quality := CASE WHEN a.outlet_id = 12 AND a.n = 0 THEN 0.4 WHEN a.outlet_id = 20 AND a.n = 0 AND v_pick = 0 THEN 0.4
                              WHEN a.outlet_id IN (1, 2) THEN 0.95 ELSE 0.8 END;
            INSERT INTO audit (id, outlet_id, kind, template_version_id, window_from, window_to, planned_on, announced, brief,
                               assignee, status, visited_on, submitted_at, released_by, released_at, created_by, created_at)
            VALUES (v_audit, a.outlet_id, v_kind, v_version, v_day - 10, v_day + 10, v_day, false,
                    (SELECT brief FROM template_version WHERE id = v_version),
                    CASE WHEN v_pick = 0 THEN 'hq.auditor' WHEN (a.outlet_id + a.n) % 3 = 0 THEN 'shopper.gz'
                         WHEN (a.outlet_id + a.n) % 3 = 1 THEN 'shopper.hz' ELSE 'shopper' END,
                    'RELEASED', v_day, v_day + time '18:00', 'hq.auditor', v_day + 3 + time '10:00', 'hq.auditor', v_day - 20);
            -- answers: deterministic, better at better outlets
            FOR qq IN SELECT tq.* FROM template_question tq JOIN template_section s ON s.id = tq.section_id
                      WHERE s.version_id = v_version ORDER BY tq.id
            LOOP
                v_question := v_question + 1;
                INSERT INTO audit_answer (id, audit_id, question_id, not_applicable, yes, scale, number, text)
                VALUES (v_question, v_audit, qq.id, false,
                        CASE WHEN qq.kind = 'YES_NO' THEN ((v_audit * 7 + qq.id * 13) % 100) < v_quality * 100 + CASE WHEN qq.critical AND v_quality > 0.5 THEN 40 ELSE 0 END END,
                        CASE WHEN qq.kind = 'SCALE_0_4' THEN least(4, round(v_quality * 4 + ((v_audit + qq.id) % 3) - 1))
                             WHEN qq.kind = 'SCALE_1_5' THEN least(5, greatest(1, round(1 + v_quality * 4 + ((v_audit + qq.id) % 3) - 1))) END,
                        CASE WHEN qq.kind = 'NUMBER' THEN (v_audit + qq.id) % 40 END,
                        CASE WHEN qq.kind = 'TEXT' THEN '按检查表逐项核对，详见各项评分。' END);
            END LOOP;
        END LOOP;
    END LOOP;

    -- the scoring rule of audits.entity.Scoring, in SQL, for the demo's answers
    UPDATE audit_answer x SET
        earned = q.weight * CASE q.kind WHEN 'YES_NO' THEN CASE WHEN x.yes THEN 1 ELSE 0 END
                                        WHEN 'SCALE_0_4' THEN x.scale / 4.0 WHEN 'SCALE_1_5' THEN (x.scale - 1) / 4.0 END,
        possible = q.weight
      FROM template_question q WHERE q.id = x.question_id AND q.kind IN ('YES_NO', 'SCALE_0_4', 'SCALE_1_5');
    INSERT INTO audit_section_score (audit_id, section_id, earned, possible, score)
    SELECT x.audit_id, q.section_id, sum(x.earned), sum(x.possible), round(100 * sum(x.earned) / sum(x.possible), 2)
      FROM audit_answer x JOIN template_question q ON q.id = x.question_id
     WHERE x.possible IS NOT NULL GROUP BY x.audit_id, q.section_id;
    UPDATE audit au SET score = s.score, critical_failed = s.critical
      FROM (SELECT ss.audit_id, round(sum(ss.score * sec.weight) / sum(sec.weight), 2) AS score,
                   EXISTS (SELECT 1 FROM audit_answer x JOIN template_question q ON q.id = x.question_id
                            WHERE x.audit_id = ss.audit_id AND q.critical AND x.earned < q.weight / 2.0) AS critical
              FROM audit_section_score ss JOIN template_section sec ON sec.id = ss.section_id
             GROUP BY ss.audit_id) s
     WHERE au.id = s.audit_id;
    UPDATE audit SET score = least(score, 49) WHERE critical_failed;
    UPDATE audit SET band = CASE WHEN score >= 80 THEN 'GOOD' WHEN score >= 50 THEN 'NEEDS_IMPROVEMENT' ELSE 'FAILING' END;
    -- findings: each failed scored answer
    INSERT INTO finding (id, audit_id, outlet_id, question_id, note, critical)
    SELECT row_number() OVER (ORDER BY x.id), x.audit_id, au.outlet_id, x.question_id, NULL, q.critical
      FROM audit_answer x JOIN template_question q ON q.id = x.question_id JOIN audit au ON au.id = x.audit_id
     WHERE x.possible IS NOT NULL AND x.earned < x.possible / 2.0;

    -- corrective actions for the critical findings of the last half year: closed, responded, open, one overdue
    INSERT INTO corrective_action (id, finding_id, outlet_id, description, due_on, status, response, responded_by, responded_at,
                                   closed_at, created_by, created_at)
    SELECT f.id, f.id, f.outlet_id, '请按维修清单重新培训前台与技术员，并在店内公示价格，拍照上传。',
           au.visited_on + 30,
           CASE WHEN au.visited_on < current_date - 100 THEN 'CLOSED' WHEN f.outlet_id % 2 = 0 THEN 'RESPONDED' ELSE 'OPEN' END,
           CASE WHEN au.visited_on < current_date - 100 OR f.outlet_id % 2 = 0 THEN '已组织全员学习维修清单，价格表已张贴于接待区。' END,
           CASE WHEN au.visited_on < current_date - 100 OR f.outlet_id % 2 = 0 THEN 'manager' END,
           CASE WHEN au.visited_on < current_date - 100 OR f.outlet_id % 2 = 0 THEN au.visited_on + 12 + time '09:00' END,
           CASE WHEN au.visited_on < current_date - 100 THEN au.visited_on + 20 + time '09:00' END,
           'hq.auditor', au.released_at
      FROM finding f JOIN audit au ON au.id = f.audit_id
     WHERE f.critical AND au.visited_on > current_date - 200;
    INSERT INTO action_event (id, action_id, at, actor, step, note)
    SELECT c.id * 3, c.id, c.created_at, 'hq.auditor', 'RAISED', c.description FROM corrective_action c;
    INSERT INTO action_event (id, action_id, at, actor, step, note)
    SELECT c.id * 3 + 1, c.id, c.responded_at, 'manager', 'RESPONDED', c.response FROM corrective_action c WHERE c.responded_at IS NOT NULL;
    INSERT INTO action_event (id, action_id, at, actor, step, note)
    SELECT c.id * 3 + 2, c.id, c.closed_at, 'hq.auditor', 'VERIFIED', '现场复查通过' FROM corrective_action c WHERE c.closed_at IS NOT NULL;

    -- the audit rule (audits.control.Consequences) as it fired for outlet 12 on the release of its second failure
    INSERT INTO replacement_candidate (outlet_id, source, reason, raised_by, raised_at)
    SELECT 12, 'AUDITS', '6 个月内 2 次检查不合格（' || string_agg('#' || id, ', ' ORDER BY visited_on) || '）：转入试用期，并列入候补更换名单。',
           'hq.auditor', max(released_at)
      FROM audit WHERE outlet_id = 12 AND band = 'FAILING' AND visited_on > current_date - 183;
    UPDATE outlet o SET status = 'PROBATION', status_reason = c.reason, status_changed_at = c.raised_at
      FROM replacement_candidate c WHERE c.outlet_id = o.id AND o.id = 12 AND o.status = 'ACTIVE';
    INSERT INTO outlet_event (outlet_id, occurred_at, kind, actor, from_status, to_status, note)
    SELECT 12, raised_at, 'STATUS', 'hq.auditor', 'ACTIVE', 'PROBATION', reason FROM replacement_candidate WHERE outlet_id = 12;

    -- work in hand: an unreleased mystery shop at outlet 2 (the outlet must not see it), the demo shopper's
    -- open assignments at outlets 3 and 6, an announced spot check at outlet 1, and one unassigned plan
    INSERT INTO audit (id, outlet_id, kind, template_version_id, window_from, window_to, planned_on, announced, brief, assignee,
                       status, visited_on, submitted_at, score, band, critical_failed, created_by, created_at) VALUES
        (v_audit + 1, 2, 'MYSTERY_SHOP', 2, current_date - 12, current_date + 2, current_date - 5, false,
         (SELECT brief FROM template_version WHERE id = 2), 'shopper.gz', 'SUBMITTED', current_date - 5, now() - interval '4 days',
         91.5, 'GOOD', false, 'hq.auditor', now() - interval '20 days');
    INSERT INTO audit (id, outlet_id, kind, template_version_id, window_from, window_to, planned_on, announced, brief, assignee,
                       status, created_by, created_at) VALUES
        (v_audit + 2, 3, 'MYSTERY_SHOP', 2, current_date - 2, current_date + 12, current_date + 3, false,
         (SELECT brief FROM template_version WHERE id = 2), 'shopper', 'PLANNED', 'hq.auditor', now() - interval '3 days'),
        (v_audit + 3, 6, 'MYSTERY_SHOP', 2, current_date + 5, current_date + 25, current_date + 14, false,
         (SELECT brief FROM template_version WHERE id = 2), 'shopper', 'PLANNED', 'hq.auditor', now() - interval '3 days'),
        (v_audit + 4, 1, 'SPOT_CHECK', 1, current_date + 3, current_date + 10, current_date + 7, true, NULL, 'hq.auditor',
         'PLANNED', 'hq.auditor', now() - interval '2 days'),
        (v_audit + 5, 7, 'SPOT_CHECK', 1, current_date + 10, current_date + 40, NULL, false, NULL, NULL,
         'PLANNED', 'hq.auditor', now() - interval '1 days');

    PERFORM setval('audit_template_seq', 100);
    PERFORM setval('template_version_seq', 100);
    PERFORM setval('template_section_seq', 1000);
    PERFORM setval('template_question_seq', 1000);
    PERFORM setval('audit_seq', v_audit + 1000);
    PERFORM setval('audit_answer_seq', v_question + 1000);
    PERFORM setval('finding_seq', (SELECT coalesce(max(id), 0) FROM finding) + 1000);
    PERFORM setval('corrective_action_seq', (SELECT coalesce(max(id), 0) FROM corrective_action) + 1000);
    PERFORM setval('action_event_seq', (SELECT coalesce(max(id), 0) FROM action_event) + 1000);
END
$demo$;

COMMIT;
