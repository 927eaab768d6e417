-- Demo data of central training (培训) and certification (上岗资格证): the course catalogue, sessions held in
-- the past year with their results and certificates, and two sessions still to come that outlets may ask
-- seats in. Every demo technician holds certificates for some of their outlet's categories, so that repairs
-- can be assigned in the demo; outlet 1's T01 (tech.1) is certified for all of outlet 1's categories, T02 lacks
-- water heaters, and the water-heater safety certificates expire within the next 60 days.
-- Idempotent: skipped when the catalogue is already there. Runs as the schema owner, acting as HQ.
SET app.hq = 'on';
SET TIME ZONE 'Asia/Shanghai';

BEGIN;

DO $demo$
DECLARE
    s record;
    e record;
    session_id bigint;
    enrolment_id bigint;
    cert_id bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM course WHERE code = 'AC-REPAIR') THEN
        RETURN;
    END IF;

    INSERT INTO course (code, kind, name_en, name_zh_cn, name_zh_tw, description, validity_months, pass_mark, created_by, created_at)
    VALUES
        ('AC-REPAIR', 'PRODUCT', 'Air conditioner repair', '空调维修', '空調維修',
         '制冷原理、故障诊断、加氟与管路焊接、维修清单收费标准', 24, 70, 'hq.trainer', current_date - 420),
        ('REF-WM-REPAIR', 'PRODUCT', 'Refrigerator and washing machine repair', '冰箱与洗衣机维修', '冰箱與洗衣機維修',
         '压缩机与门封、变频板、电机与排水系统', 24, 70, 'hq.trainer', current_date - 420),
        ('TV-SA-REPAIR', 'PRODUCT', 'Television and small appliance repair', '电视与小家电维修', '電視與小家電維修',
         '电源板与背光、主板更换、小家电安全检测', 24, 70, 'hq.trainer', current_date - 420),
        ('WH-SAFETY', 'SAFETY', 'Water heater installation and gas safety', '热水器安装与燃气安全', '熱水器安裝與燃氣安全',
         '燃气热水器安装规范、烟道与漏气检测、安全操作', 12, 80, 'hq.trainer', current_date - 420),
        ('SERVICE-ETIQUETTE', 'ETIQUETTE', 'Service etiquette and the on-site visit', '服务礼仪与上门服务流程', '服務禮儀與上門服務流程',
         '仪容仪表、出示上岗资格证、鞋套与清洁、报价与收费公示、回访说明', 36, 60, 'hq.trainer', current_date - 60);

    INSERT INTO course_category (course_id, category)
    SELECT c.id, v.category
    FROM (VALUES
        ('AC-REPAIR', 'AIR_CONDITIONER'),
        ('REF-WM-REPAIR', 'REFRIGERATOR'), ('REF-WM-REPAIR', 'WASHING_MACHINE'),
        ('TV-SA-REPAIR', 'TELEVISION'), ('TV-SA-REPAIR', 'SMALL_APPLIANCE'),
        ('WH-SAFETY', 'WATER_HEATER'),
        ('SERVICE-ETIQUETTE', 'AIR_CONDITIONER'), ('SERVICE-ETIQUETTE', 'REFRIGERATOR'), ('SERVICE-ETIQUETTE', 'WASHING_MACHINE'),
        ('SERVICE-ETIQUETTE', 'TELEVISION'), ('SERVICE-ETIQUETTE', 'WATER_HEATER'), ('SERVICE-ETIQUETTE', 'SMALL_APPLIANCE')
    ) AS v (course, category)
    JOIN course c ON c.code = v.course;

    -- sessions held (days ago) with who sat them: (outlet, staff number, attended, score)
    FOR s IN SELECT * FROM (VALUES
        ('AC-REPAIR',     400, '上海培训中心（浦东新区张江路 665 号）', NULL::varchar, 20,
            '{"1:T01:t:92","1:T02:t:85","1:T03:t:78","3:T01:t:81","6:T01:t:88","5:T01:f:"}'),
        ('REF-WM-REPAIR', 380, '广州培训中心（天河区体育西路 191 号）', NULL, 20,
            '{"1:T01:t:90","1:T02:t:74","2:T01:t:86","2:T02:t:79","5:T01:t:83","6:T01:t:77","1:T03:t:55"}'),
        ('TV-SA-REPAIR',  300, NULL, 'https://training.example.cn/live/tv-sa', 30,
            '{"2:T01:t:91","2:T02:t:72","2:T09:t:80","3:T01:t:76"}'),
        ('WH-SAFETY',     330, '上海培训中心（浦东新区张江路 665 号）', NULL, 12,
            '{"1:T01:t:95","5:T01:t:88"}')
    ) AS v (course, days_ago, place, link, capacity, sat)
    LOOP
        INSERT INTO training_session (course_id, starts_at, ends_at, place, online_url, trainer, capacity, status, results_at,
                                      created_by, created_at)
        SELECT c.id, current_date - s.days_ago + time '09:00', current_date - s.days_ago + time '17:00', s.place, s.link,
               'hq.trainer', s.capacity, 'PLANNED', NULL, 'hq.trainer', current_date - s.days_ago - 30 + time '10:00'
        FROM course c WHERE c.code = s.course
        RETURNING id INTO session_id;

        FOR e IN SELECT split_part(x, ':', 1)::bigint AS outlet_id, split_part(x, ':', 2) AS code,
                        split_part(x, ':', 3) = 't' AS attended, NULLIF(split_part(x, ':', 4), '')::int AS score
                 FROM unnest(s.sat::varchar[]) AS x
        LOOP
            enrolment_id := nextval('enrolment_seq');
            INSERT INTO enrolment (id, session_id, person_id, technician_id, outlet_id, status, requested_by, requested_at,
                                   decided_by, decided_at, attended, score)
            SELECT enrolment_id, session_id, t.person_id, t.id, t.outlet_id, 'ENROLLED', 'hq.trainer',
                   current_date - s.days_ago - 20 + time '10:00', 'hq.trainer', current_date - s.days_ago - 20 + time '10:00',
                   e.attended, e.score
            FROM technician t WHERE t.outlet_id = e.outlet_id AND t.code = e.code;

            -- certified as TrainingSessions.recordResults does: attended and at least the pass mark
            cert_id := nextval('certification_seq');
            INSERT INTO certification (id, number, code, person_id, course_id, enrolment_id, issued_on, expires_on,
                                       issued_by, issued_at)
            SELECT cert_id, 'SN-' || extract(year FROM current_date - s.days_ago) || '-'
                                   || lpad(nextval('certification_number_seq')::text, 6, '0'),
                   -- demo codes are random like real ones (100 bits of Crockford base 32)
                   (SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
                    FROM generate_series(1, 20 + 0 * cert_id)),
                   en.person_id, co.id, en.id, current_date - s.days_ago,
                   (current_date - s.days_ago + make_interval(months => co.validity_months))::date,
                   'hq.trainer', current_date - s.days_ago + time '18:00'
            FROM enrolment en JOIN training_session ts ON ts.id = en.session_id JOIN course co ON co.id = ts.course_id
            WHERE en.id = enrolment_id AND en.attended AND en.score >= co.pass_mark;

            IF FOUND THEN
                INSERT INTO certification_category (certification_id, category)
                SELECT cert_id, cc.category FROM certification c JOIN course_category cc ON cc.course_id = c.course_id
                WHERE c.id = cert_id;
                INSERT INTO certification_event (certification_id, kind, occurred_at, actor, note)
                SELECT cert_id, 'ISSUED', c.issued_at, 'hq.trainer', s.course FROM certification c WHERE c.id = cert_id;
            END IF;
        END LOOP;

        UPDATE training_session SET status = 'COMPLETED', results_at = current_date - s.days_ago + time '18:00'
        WHERE id = session_id;
    END LOOP;

    -- sessions to come, open for outlets' requests
    INSERT INTO training_session (course_id, starts_at, ends_at, place, online_url, trainer, capacity, created_by, created_at)
    SELECT c.id, current_date + v.in_days + time '09:00', current_date + v.in_days + time '17:00', v.place, v.link,
           'hq.trainer', v.capacity, 'hq.trainer', current_date - 5 + time '10:00'
    FROM (VALUES
        ('AC-REPAIR', 20, '上海培训中心（浦东新区张江路 665 号）', NULL, 16),
        ('SERVICE-ETIQUETTE', 35, NULL, 'https://training.example.cn/live/etiquette', 40)
    ) AS v (course, in_days, place, link, capacity)
    JOIN course c ON c.code = v.course;
END
$demo$;

COMMIT;
