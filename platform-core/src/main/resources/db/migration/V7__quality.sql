-- ServiceNet schema, version 7: service quality. Complaints (投诉热线), callbacks (回访), the three controlled
-- rates (服务投诉率, 服务遗漏率, 服务不满意率) kept per outlet and month, early warning of recurring faults (预警),
-- and the consumer's public page (an outlet's public code, the public complaint). docs/decisions.md,
-- "Service quality", defines each rate; this file is where the definitions are stored facts.

-- ---------------------------------------------------------------- settings
-- One row: HQ's knobs. Everybody reads them (an outlet's scorecard shows the thresholds it is held to).
CREATE TABLE quality_setting (
    id                         smallint      PRIMARY KEY DEFAULT 1,
    callback_sample_percent    integer       NOT NULL DEFAULT 20,
    callback_max_attempts      integer       NOT NULL DEFAULT 3,
    repeat_days                integer       NOT NULL DEFAULT 30,
    deadline_low_hours         integer       NOT NULL DEFAULT 168,
    deadline_medium_hours      integer       NOT NULL DEFAULT 72,
    deadline_high_hours        integer       NOT NULL DEFAULT 24,
    watch_complaint_rate       numeric(6,4)  NOT NULL DEFAULT 0.0200,
    watch_omission_rate        numeric(6,4)  NOT NULL DEFAULT 0.0500,
    watch_dissatisfaction_rate numeric(6,4)  NOT NULL DEFAULT 0.1000,
    watch_min_closed           integer       NOT NULL DEFAULT 20,
    watch_months               integer       NOT NULL DEFAULT 3,
    warning_factor             numeric(5,2)  NOT NULL DEFAULT 2.00,
    warning_min_count          integer       NOT NULL DEFAULT 5,
    updated_by                 varchar(100)  NOT NULL DEFAULT 'system',
    updated_at                 timestamptz   NOT NULL DEFAULT now(),
    version                    integer       NOT NULL DEFAULT 0,
    CONSTRAINT quality_setting_one_row CHECK (id = 1),
    CONSTRAINT quality_setting_sample CHECK (callback_sample_percent BETWEEN 0 AND 100),
    CONSTRAINT quality_setting_attempts CHECK (callback_max_attempts BETWEEN 1 AND 10),
    CONSTRAINT quality_setting_repeat CHECK (repeat_days BETWEEN 1 AND 365),
    CONSTRAINT quality_setting_deadlines CHECK (0 < deadline_high_hours AND deadline_high_hours <= deadline_medium_hours
                                                AND deadline_medium_hours <= deadline_low_hours AND deadline_low_hours <= 2160),
    CONSTRAINT quality_setting_rates CHECK (watch_complaint_rate BETWEEN 0 AND 1 AND watch_omission_rate BETWEEN 0 AND 1
                                            AND watch_dissatisfaction_rate BETWEEN 0 AND 1),
    CONSTRAINT quality_setting_watch CHECK (watch_min_closed >= 0 AND watch_months BETWEEN 1 AND 12),
    CONSTRAINT quality_setting_warning CHECK (warning_factor >= 1 AND warning_min_count >= 1)
);
INSERT INTO quality_setting (id) VALUES (1);
ALTER TABLE quality_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE quality_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY quality_setting_read ON quality_setting FOR SELECT USING (true);
CREATE POLICY quality_setting_hq_all ON quality_setting FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- The time within which an outlet must first respond to a request (diagnosis in the shop, the visit on site),
-- per service type. Versioned, never overwritten: the omission rate of a past month uses the promise that was
-- in force when each request came in, so it stays what it was when HQ changes the promise.
CREATE TABLE service_promise (
    service_type varchar(16)  NOT NULL,
    valid_from   timestamptz  NOT NULL,
    hours        integer      NOT NULL,
    set_by       varchar(100) NOT NULL,
    PRIMARY KEY (service_type, valid_from),
    CONSTRAINT service_promise_type_known CHECK (service_type IN ('IN_SHOP', 'ON_SITE', 'INSTALLATION')),
    CONSTRAINT service_promise_hours CHECK (hours BETWEEN 1 AND 720)
);
INSERT INTO service_promise (service_type, valid_from, hours, set_by) VALUES
    ('IN_SHOP', '2000-01-01T00:00:00Z', 24, 'system'),
    ('ON_SITE', '2000-01-01T00:00:00Z', 48, 'system'),
    ('INSTALLATION', '2000-01-01T00:00:00Z', 48, 'system');
ALTER TABLE service_promise ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_promise FORCE ROW LEVEL SECURITY;
CREATE POLICY service_promise_read ON service_promise FOR SELECT USING (true);
CREATE POLICY service_promise_hq_all ON service_promise FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- the outlet's public code
-- What the QR code on the outlet's counter carries: 122 random bits, so that codes of other outlets cannot be
-- guessed from one (the outlet code is sequential and printed everywhere). Only HQ changes it.
ALTER TABLE outlet ADD COLUMN public_code varchar(32) NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX outlet_public_code ON outlet (public_code);

CREATE OR REPLACE FUNCTION outlet_guard_hq_columns() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT app_is_hq() AND (NEW.code, NEW.legal_name, NEW.status, NEW.business_licence_no, NEW.address,
                             NEW.qualifications, NEW.status_reason, NEW.status_changed_at, NEW.successor_id,
                             NEW.identity_status, NEW.public_code)
                IS DISTINCT FROM (OLD.code, OLD.legal_name, OLD.status, OLD.business_licence_no, OLD.address,
                                  OLD.qualifications, OLD.status_reason, OLD.status_changed_at, OLD.successor_id,
                                  OLD.identity_status, OLD.public_code) THEN
        RAISE EXCEPTION 'only HQ may change this outlet field' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

-- Rates and scans by period: BRIN indexes cost next to nothing on the hot insert path (received_at and
-- closed_at grow with the table's physical order) and let a month's rows be read without the whole table.
CREATE INDEX repair_received_brin ON repair_order USING brin (received_at) WITH (pages_per_range = 32);
CREATE INDEX repair_closed_brin ON repair_order USING brin (closed_at) WITH (pages_per_range = 32);

-- ---------------------------------------------------------------- complaints (投诉)
CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint (
    id                  bigint        PRIMARY KEY,
    -- what the customer is given to look the complaint up: 100 random bits (Crockford's base 32)
    tracking_code       varchar(20)   NOT NULL,
    outlet_id           bigint        NOT NULL REFERENCES outlet (id),
    repair_id           bigint        REFERENCES repair_order (id),
    source              varchar(16)   NOT NULL,
    category            varchar(16)   NOT NULL,
    severity            varchar(8)    NOT NULL,
    status              varchar(16)   NOT NULL,
    description         varchar(2000) NOT NULL,
    received_at         timestamptz   NOT NULL,
    due_at              timestamptz   NOT NULL,
    outlet_asked_at     timestamptz,
    outlet_question     varchar(2000),
    outlet_response     varchar(2000),
    outlet_responded_at timestamptz,
    outlet_responded_by varchar(100),
    resolution          varchar(2000),
    closed_at           timestamptz,
    closed_by           varchar(100),
    created_by          varchar(100)  NOT NULL,
    version             integer       NOT NULL DEFAULT 0,
    CONSTRAINT complaint_tracking_unique UNIQUE (tracking_code),
    CONSTRAINT complaint_source_known CHECK (source IN ('HOTLINE', 'PUBLIC', 'CALLBACK')),
    CONSTRAINT complaint_category_known CHECK (category IN ('ATTITUDE', 'OVERCHARGING', 'REPAIR_QUALITY', 'DELAY', 'NO_SHOW')),
    CONSTRAINT complaint_severity_known CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT complaint_status_known CHECK (status IN ('RECEIVED', 'INVESTIGATING', 'RESOLVED', 'REJECTED')),
    CONSTRAINT complaint_closed CHECK ((status IN ('RESOLVED', 'REJECTED')) = (closed_at IS NOT NULL)
                                       AND (closed_at IS NULL OR resolution IS NOT NULL)),
    CONSTRAINT complaint_response_asked CHECK (outlet_response IS NULL OR outlet_asked_at IS NOT NULL),
    CONSTRAINT complaint_due_after_receipt CHECK (due_at > received_at)
);
ALTER SEQUENCE complaint_seq OWNED BY complaint.id;
CREATE INDEX complaint_outlet_received ON complaint (outlet_id, received_at DESC, id DESC);
CREATE INDEX complaint_received ON complaint (received_at DESC, id DESC);
CREATE INDEX complaint_open_due ON complaint (due_at) WHERE closed_at IS NULL;
CREATE INDEX complaint_repair ON complaint (repair_id) WHERE repair_id IS NOT NULL;

-- The customer's contact is HQ's alone: the outlet answers a complaint without learning who made it.
CREATE TABLE complaint_contact (
    complaint_id bigint       PRIMARY KEY REFERENCES complaint (id),
    name         varchar(100),
    phone        varchar(40)  NOT NULL
);

CREATE SEQUENCE complaint_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_event (
    id           bigint        PRIMARY KEY,
    complaint_id bigint        NOT NULL REFERENCES complaint (id),
    outlet_id    bigint        NOT NULL REFERENCES outlet (id),
    occurred_at  timestamptz   NOT NULL,
    kind         varchar(20)   NOT NULL,
    actor        varchar(100)  NOT NULL,
    note         varchar(2000),
    CONSTRAINT complaint_event_kind_known CHECK (kind IN ('RECEIVED', 'INVESTIGATING', 'OUTLET_ASKED', 'OUTLET_RESPONDED',
                                                          'NOTE', 'RESOLVED', 'REJECTED'))
);
ALTER SEQUENCE complaint_event_seq OWNED BY complaint_event.id;
CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, occurred_at, id);

-- Whether a repair is the outlet's, whoever asks (a public or callback complaint is filed without the outlet's
-- tenant); lifts row-level security for this one lookup only.
CREATE FUNCTION repair_of_outlet(p_repair bigint, p_outlet bigint) RETURNS boolean
    LANGUAGE sql STABLE
    SET app.hq = 'on'
    AS $$ SELECT EXISTS (SELECT 1 FROM repair_order r WHERE r.id = p_repair AND r.outlet_id = p_outlet) $$;

-- A linked repair is the complained-about outlet's own; a complaint is never deleted; an outlet writes its
-- response and nothing else, once per question, while HQ investigates.
CREATE FUNCTION complaint_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a complaint is never deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.repair_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.repair_id IS DISTINCT FROM OLD.repair_id) THEN
        IF NOT repair_of_outlet(NEW.repair_id, NEW.outlet_id) THEN
            RAISE EXCEPTION 'the repair is not the outlet''s' USING ERRCODE = 'foreign_key_violation';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT app_is_hq() THEN
        IF OLD.status <> 'INVESTIGATING' OR OLD.outlet_asked_at IS NULL OR OLD.outlet_response IS NOT NULL
           OR (NEW.tracking_code, NEW.outlet_id, NEW.repair_id, NEW.source, NEW.category, NEW.severity, NEW.status,
               NEW.description, NEW.received_at, NEW.due_at, NEW.outlet_asked_at, NEW.outlet_question, NEW.resolution,
               NEW.closed_at, NEW.closed_by, NEW.created_by)
              IS DISTINCT FROM
              (OLD.tracking_code, OLD.outlet_id, OLD.repair_id, OLD.source, OLD.category, OLD.severity, OLD.status,
               OLD.description, OLD.received_at, OLD.due_at, OLD.outlet_asked_at, OLD.outlet_question, OLD.resolution,
               OLD.closed_at, OLD.closed_by, OLD.created_by) THEN
            RAISE EXCEPTION 'an outlet only answers the question HQ asked' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER complaint_guard BEFORE INSERT OR UPDATE OR DELETE ON complaint
    FOR EACH ROW EXECUTE FUNCTION complaint_guard();

ALTER TABLE complaint ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_hq_all ON complaint FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
-- an outlet sees a complaint against it once HQ has asked it to respond
CREATE POLICY complaint_own_read ON complaint FOR SELECT
    USING (outlet_id = app_outlet_id() AND outlet_asked_at IS NOT NULL);
CREATE POLICY complaint_own_response ON complaint FOR UPDATE
    USING (outlet_id = app_outlet_id() AND outlet_asked_at IS NOT NULL)
    WITH CHECK (outlet_id = app_outlet_id());
ALTER TABLE complaint_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_contact_hq_all ON complaint_contact FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
ALTER TABLE complaint_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_event FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_event_hq_all ON complaint_event FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY complaint_event_own_read ON complaint_event FOR SELECT
    USING (outlet_id = app_outlet_id() AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = complaint_id));
CREATE POLICY complaint_event_own_response ON complaint_event FOR INSERT
    WITH CHECK (outlet_id = app_outlet_id() AND kind = 'OUTLET_RESPONDED');

-- ---------------------------------------------------------------- callbacks (回访)
CREATE SEQUENCE callback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE callback (
    id                 bigint        PRIMARY KEY,
    outlet_id          bigint        NOT NULL REFERENCES outlet (id),
    repair_id          bigint        NOT NULL REFERENCES repair_order (id),
    -- why it was chosen: SAMPLE, or the repair's flags (OVERCHARGED, CHARGED_IN_WARRANTY, REPEAT), comma-separated
    reasons            varchar(80)   NOT NULL,
    queued_at          timestamptz   NOT NULL,
    status             varchar(12)   NOT NULL,
    attempts           integer       NOT NULL DEFAULT 0,
    last_attempt_at    timestamptz,
    satisfaction       smallint,
    fixed              boolean,
    charged_as_receipt boolean,
    comment            varchar(2000),
    completed_at       timestamptz,
    completed_by       varchar(100),
    complaint_id       bigint REFERENCES complaint (id),
    version            integer       NOT NULL DEFAULT 0,
    CONSTRAINT callback_one_per_repair UNIQUE (repair_id),
    CONSTRAINT callback_status_known CHECK (status IN ('OPEN', 'COMPLETED', 'UNREACHABLE')),
    CONSTRAINT callback_outcome CHECK ((status = 'COMPLETED') = (satisfaction IS NOT NULL AND fixed IS NOT NULL
                                        AND charged_as_receipt IS NOT NULL AND completed_at IS NOT NULL)),
    CONSTRAINT callback_satisfaction CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    CONSTRAINT callback_attempts CHECK (attempts >= 0)
);
ALTER SEQUENCE callback_seq OWNED BY callback.id;
CREATE INDEX callback_open ON callback (queued_at, id) WHERE status = 'OPEN';
CREATE INDEX callback_outlet_completed ON callback (outlet_id, completed_at) WHERE status = 'COMPLETED';
CREATE INDEX callback_completed ON callback (completed_at) WHERE status = 'COMPLETED';

-- Callbacks are HQ's calls to the outlet's customers: outlets neither see nor change them.
ALTER TABLE callback ENABLE ROW LEVEL SECURITY;
ALTER TABLE callback FORCE ROW LEVEL SECURITY;
CREATE POLICY callback_hq_all ON callback FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- jobs that run often
-- A job that runs every few minutes claims its row with SELECT ... FOR UPDATE SKIP LOCKED: a node that finds it
-- locked (another node is at it) or run too recently skips. The watermark is where callback sampling got to.
CREATE TABLE quality_job (
    job          varchar(40)  PRIMARY KEY,
    ran_at       timestamptz,
    node         varchar(100),
    watermark_at timestamptz,
    watermark_id bigint,
    outcome      varchar(500)
);
INSERT INTO quality_job (job, watermark_at, watermark_id) VALUES
    ('callback-sampling', now() - interval '1 day', 0),
    ('quality-rollup', NULL, NULL);
ALTER TABLE quality_job ENABLE ROW LEVEL SECURITY;
ALTER TABLE quality_job FORCE ROW LEVEL SECURITY;
CREATE POLICY quality_job_hq_all ON quality_job FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- the rates, per outlet and month
-- Counts, not rates: a period's rate is the sum of its months' numerators over the sum of their denominators.
-- Derived from the facts above by QualityRollup (a job, and HQ's "recompute"), month by month in Asia/Shanghai
-- time; recomputing a month from the same facts gives the same row.
CREATE TABLE quality_month (
    outlet_id           bigint      NOT NULL REFERENCES outlet (id),
    month               date        NOT NULL,
    closed              integer     NOT NULL DEFAULT 0,
    requests            integer     NOT NULL DEFAULT 0,
    missed              integer     NOT NULL DEFAULT 0,
    complaints          integer     NOT NULL DEFAULT 0,
    callbacks           integer     NOT NULL DEFAULT 0,
    dissatisfied        integer     NOT NULL DEFAULT 0,
    overcharged         integer     NOT NULL DEFAULT 0,
    charged_in_warranty integer     NOT NULL DEFAULT 0,
    repeats             integer     NOT NULL DEFAULT 0,
    computed_at         timestamptz NOT NULL,
    PRIMARY KEY (outlet_id, month),
    CONSTRAINT quality_month_first_day CHECK (extract(day FROM month) = 1)
);
CREATE INDEX quality_month_month ON quality_month (month, outlet_id);
ALTER TABLE quality_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE quality_month FORCE ROW LEVEL SECURITY;
CREATE POLICY quality_month_hq_all ON quality_month FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY quality_month_own_read ON quality_month FOR SELECT USING (outlet_id = app_outlet_id());

-- The fault key of a repair's fault text: the fault code the text starts with (E4, F-07 → F07), or else the text
-- in lower case without spaces and punctuation, its first 60 characters.
CREATE FUNCTION fault_key(p_text varchar) RETURNS varchar
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT coalesce(upper(replace(substring(p_text FROM '^\s*([A-Za-z]{1,3}-?[0-9]{1,4})(?![0-9A-Za-z])'), '-', '')),
                    left(regexp_replace(lower(p_text), '[[:space:][:punct:]]+', '', 'g'), 60))
$$;

-- Recomputes one month (Asia/Shanghai) of every outlet's counts from the facts, and the month's faults per
-- product model. HQ only. The definitions (docs/decisions.md, "Service quality"):
--   closed       repairs whose closing falls in the month (status CLOSED);
--   requests     repairs received in the month, whatever became of them;
--   missed       of those, the ones whose first response (diagnosis, or cancellation) came after the promise in
--                force at receipt (service_promise), or has not come and the promise has run out;
--   complaints   complaints received in the month, except those HQ rejected;
--   callbacks    callbacks completed in the month (the customer was reached and answered);
--   dissatisfied of those, the ones with satisfaction 1 or 2 of 5;
--   overcharged, charged_in_warranty  closed repairs with that flag;
--   repeats      repairs received in the month of an appliance (category and serial) another repair was received
--                for within repeat_days before, counted against the outlet of that earlier repair, whose fix did
--                not hold.
CREATE FUNCTION quality_recompute(p_month date) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_month  date := date_trunc('month', p_month)::date;
    v_from   timestamptz := date_trunc('month', p_month)::timestamp AT TIME ZONE 'Asia/Shanghai';
    v_to     timestamptz := (date_trunc('month', p_month) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai';
    v_repeat integer;
    v_rows   integer;
BEGIN
    IF NOT app_is_hq() THEN
        RAISE EXCEPTION 'only HQ recomputes the rates' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT repeat_days INTO v_repeat FROM quality_setting WHERE id = 1;
    DELETE FROM quality_month WHERE month = v_month;
    INSERT INTO quality_month (outlet_id, month, closed, requests, missed, complaints, callbacks, dissatisfied,
                               overcharged, charged_in_warranty, repeats, computed_at)
    SELECT f.outlet_id, v_month, sum(f.closed), sum(f.requests), sum(f.missed), sum(f.complaints), sum(f.callbacks),
           sum(f.dissatisfied), sum(f.overcharged), sum(f.in_warranty), sum(f.repeats), now()
    FROM (
        SELECT r.outlet_id, count(*) AS closed, 0 AS requests, 0 AS missed, 0 AS complaints, 0 AS callbacks,
               0 AS dissatisfied, count(*) FILTER (WHERE r.overcharged) AS overcharged,
               count(*) FILTER (WHERE r.charged_in_warranty) AS in_warranty, 0 AS repeats
        FROM repair_order r
        WHERE r.closed_at >= v_from AND r.closed_at < v_to AND r.status = 'CLOSED'
        GROUP BY r.outlet_id
        UNION ALL
        SELECT r.outlet_id, 0, count(*),
               count(*) FILTER (WHERE coalesce(least(r.diagnosed_at, r.cancelled_at), 'infinity') > r.received_at + p.promise
                                  AND r.received_at + p.promise <= now()),
               0, 0, 0, 0, 0, 0
        FROM repair_order r
        JOIN (SELECT service_type, valid_from, make_interval(hours => hours) AS promise,
                     coalesce(lead(valid_from) OVER (PARTITION BY service_type ORDER BY valid_from), 'infinity') AS valid_to
              FROM service_promise) p
          ON p.service_type = r.service_type AND r.received_at >= p.valid_from AND r.received_at < p.valid_to
        WHERE r.received_at >= v_from AND r.received_at < v_to
        GROUP BY r.outlet_id
        UNION ALL
        SELECT s.earlier_outlet, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
        FROM (SELECT received_at,
                     lag(received_at) OVER w AS earlier_at, lag(outlet_id) OVER w AS earlier_outlet
              FROM repair_order
              WHERE received_at >= v_from - make_interval(days => v_repeat) AND received_at < v_to
              WINDOW w AS (PARTITION BY category, serial_no ORDER BY received_at, id)) s
        WHERE s.received_at >= v_from AND s.earlier_at >= s.received_at - make_interval(days => v_repeat)
        GROUP BY s.earlier_outlet
        UNION ALL
        SELECT c.outlet_id, 0, 0, 0, count(*), 0, 0, 0, 0, 0
        FROM complaint c
        WHERE c.received_at >= v_from AND c.received_at < v_to AND c.status <> 'REJECTED'
        GROUP BY c.outlet_id
        UNION ALL
        SELECT b.outlet_id, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE b.satisfaction <= 2), 0, 0, 0
        FROM callback b
        WHERE b.status = 'COMPLETED' AND b.completed_at >= v_from AND b.completed_at < v_to
        GROUP BY b.outlet_id
    ) f
    GROUP BY f.outlet_id;
    GET DIAGNOSTICS v_rows = ROW_COUNT;

    DELETE FROM fault_month WHERE month = v_month;
    INSERT INTO fault_month (month, category, model, fault_key, repairs, sample)
    SELECT v_month, category, model, fault_key(fault), count(*), left(min(fault), 200)
    FROM repair_order
    WHERE received_at >= v_from AND received_at < v_to
    GROUP BY category, model, fault_key(fault);
    RETURN v_rows;
END $$;

-- Every serving outlet (active or on probation) with its counts over the months from p_from to p_to and its
-- rank, in the network and in its province (the province of the region it holds; NULL if it holds none). The
-- rank orders by a quality index, lower is better: each of the three rates as a share of HQ's watch threshold
-- for it, summed (a rate without data counts 0); ties by outlet id. Row-level security applies: HQ gets every
-- outlet, anyone else only what they may read.
CREATE FUNCTION quality_ranking(p_from date, p_to date)
    RETURNS TABLE (outlet_id bigint, province_id bigint, closed bigint, requests bigint, missed bigint, complaints bigint,
                   callbacks bigint, dissatisfied bigint, overcharged bigint, charged_in_warranty bigint, repeats bigint,
                   quality_index numeric, network_rank bigint, network_size bigint, province_rank bigint, province_size bigint)
    LANGUAGE sql STABLE
    AS $$
    WITH totals AS (
        SELECT o.id, pv.province_id,
               coalesce(q.closed, 0) AS closed, coalesce(q.requests, 0) AS requests, coalesce(q.missed, 0) AS missed,
               coalesce(q.complaints, 0) AS complaints, coalesce(q.callbacks, 0) AS callbacks,
               coalesce(q.dissatisfied, 0) AS dissatisfied, coalesce(q.overcharged, 0) AS overcharged,
               coalesce(q.charged_in_warranty, 0) AS charged_in_warranty, coalesce(q.repeats, 0) AS repeats
        FROM outlet o
        LEFT JOIN (SELECT m.outlet_id, sum(m.closed) AS closed, sum(m.requests) AS requests, sum(m.missed) AS missed,
                          sum(m.complaints) AS complaints, sum(m.callbacks) AS callbacks, sum(m.dissatisfied) AS dissatisfied,
                          sum(m.overcharged) AS overcharged, sum(m.charged_in_warranty) AS charged_in_warranty,
                          sum(m.repeats) AS repeats
                   FROM quality_month m WHERE m.month >= date_trunc('month', p_from) AND m.month <= p_to
                   GROUP BY m.outlet_id) q ON q.outlet_id = o.id
        LEFT JOIN LATERAL (SELECT coalesce(g.id, p.id, r.id) AS province_id
                           FROM region_assignment a JOIN region r ON r.id = a.region_id
                           LEFT JOIN region p ON p.id = r.parent_id LEFT JOIN region g ON g.id = p.parent_id
                           WHERE a.outlet_id = o.id AND a.valid_to IS NULL ORDER BY a.id LIMIT 1) pv ON true
        WHERE o.status IN ('ACTIVE', 'PROBATION')
    ), indexed AS (
        SELECT t.*,
               round(coalesce(t.complaints::numeric / nullif(t.closed, 0), 0) / greatest(s.watch_complaint_rate, 0.0001)
                   + coalesce(t.missed::numeric / nullif(t.requests, 0), 0) / greatest(s.watch_omission_rate, 0.0001)
                   + coalesce(t.dissatisfied::numeric / nullif(t.callbacks, 0), 0) / greatest(s.watch_dissatisfaction_rate, 0.0001), 4)
                   AS quality_index
        FROM totals t CROSS JOIN quality_setting s
    )
    SELECT i.id, i.province_id, i.closed, i.requests, i.missed, i.complaints, i.callbacks, i.dissatisfied, i.overcharged,
           i.charged_in_warranty, i.repeats, i.quality_index,
           rank() OVER (ORDER BY i.quality_index, i.id), count(*) OVER (),
           rank() OVER (PARTITION BY i.province_id ORDER BY i.quality_index, i.id), count(*) OVER (PARTITION BY i.province_id)
    FROM indexed i
$$;

-- An outlet's place in the ranking above among all serving outlets, for the outlet itself: its rank and the
-- number of outlets ranked, in the network and in its province, never another outlet's name or figures. An
-- outlet's caller gets only its own place.
CREATE FUNCTION quality_rank(p_outlet bigint, p_from date, p_to date)
    RETURNS TABLE (network_rank bigint, network_size bigint, province_rank bigint, province_size bigint)
    LANGUAGE sql STABLE
    SET app.hq = 'on'
    AS $$
    SELECT r.network_rank, r.network_size, r.province_rank, r.province_size
    FROM quality_ranking(p_from, p_to) r
    WHERE r.outlet_id = p_outlet AND (app_outlet_id() IS NULL OR app_outlet_id() = p_outlet)
$$;

-- ---------------------------------------------------------------- early warning (预警)
-- Faults per product model and month, keyed by the fault code the text starts with (E4, F-07) or else by the
-- text normalized (lower case, no spaces or punctuation, first 60 characters).
CREATE TABLE fault_month (
    month     date         NOT NULL,
    category  varchar(32)  NOT NULL,
    model     varchar(60)  NOT NULL,
    fault_key varchar(60)  NOT NULL,
    repairs   integer      NOT NULL,
    sample    varchar(200) NOT NULL,
    PRIMARY KEY (month, category, model, fault_key)
);
ALTER TABLE fault_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE fault_month FORCE ROW LEVEL SECURITY;
CREATE POLICY fault_month_hq_all ON fault_month FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

CREATE SEQUENCE fault_warning_seq;
CREATE TABLE fault_warning (
    id              bigint        PRIMARY KEY DEFAULT nextval('fault_warning_seq'),
    period_kind     varchar(8)    NOT NULL,
    period_start    date          NOT NULL,
    category        varchar(32)   NOT NULL,
    model           varchar(60)   NOT NULL,
    fault_key       varchar(60)   NOT NULL,
    sample          varchar(200)  NOT NULL,
    repairs         integer       NOT NULL,
    baseline        numeric(10,2) NOT NULL,
    raised_at       timestamptz   NOT NULL,
    acknowledged_by varchar(100),
    acknowledged_at timestamptz,
    CONSTRAINT fault_warning_kind_known CHECK (period_kind IN ('MONTH', 'QUARTER')),
    CONSTRAINT fault_warning_unique UNIQUE (period_kind, period_start, category, model, fault_key)
);
ALTER SEQUENCE fault_warning_seq OWNED BY fault_warning.id;
ALTER TABLE fault_warning ENABLE ROW LEVEL SECURITY;
ALTER TABLE fault_warning FORCE ROW LEVEL SECURITY;
CREATE POLICY fault_warning_hq_all ON fault_warning FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- the consumer's public page
-- The only ways a caller without a tenant reads an outlet or a complaint, or files one. Each lifts row-level
-- security for its own statements only (SET restores the caller's setting on exit) and answers exactly what the
-- public may see.
CREATE FUNCTION public_outlet(p_code varchar)
    RETURNS TABLE (outlet_id bigint, legal_name varchar, status varchar, address varchar, opening_hours varchar,
                   categories varchar)
    LANGUAGE sql STABLE
    SET app.hq = 'on'
    AS $$
    SELECT o.id, o.legal_name, o.status, o.address, o.opening_hours,
           (SELECT string_agg(c.category, ',' ORDER BY c.category) FROM outlet_product_category c WHERE c.outlet_id = o.id)
    FROM outlet o WHERE o.public_code = p_code
$$;

-- Files a complaint from the public page against the outlet with this public code, straight to HQ. Returns
-- the complaint's id, or nothing when no outlet has the code (the caller answers both alike).
CREATE FUNCTION public_complaint_file(p_code varchar, p_tracking varchar, p_category varchar, p_description varchar,
                                      p_name varchar, p_phone varchar, p_actor varchar)
    RETURNS bigint
    LANGUAGE plpgsql
    SET app.hq = 'on'
    AS $$
DECLARE
    v_outlet bigint;
    v_id bigint;
    v_hours integer;
BEGIN
    SELECT id INTO v_outlet FROM outlet WHERE public_code = p_code AND status <> 'CANDIDATE';
    IF v_outlet IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT deadline_medium_hours INTO v_hours FROM quality_setting WHERE id = 1;
    v_id := nextval('complaint_seq');
    INSERT INTO complaint (id, tracking_code, outlet_id, source, category, severity, status, description, received_at,
                           due_at, created_by)
    VALUES (v_id, p_tracking, v_outlet, 'PUBLIC', p_category, 'MEDIUM', 'RECEIVED', p_description, now(),
            now() + make_interval(hours => v_hours), p_actor);
    INSERT INTO complaint_contact (complaint_id, name, phone) VALUES (v_id, p_name, p_phone);
    INSERT INTO complaint_event (id, complaint_id, outlet_id, occurred_at, kind, actor)
    VALUES (nextval('complaint_event_seq'), v_id, v_outlet, now(), 'RECEIVED', p_actor);
    RETURN v_id;
END $$;

-- What a tracking code shows the customer: the state, the category, the outlet's name and the dates. Not the
-- description, the response or anybody's name.
CREATE FUNCTION public_complaint_status(p_tracking varchar)
    RETURNS TABLE (status varchar, category varchar, outlet_name varchar, received_at timestamptz, due_at timestamptz,
                   updated_at timestamptz, closed_at timestamptz)
    LANGUAGE sql STABLE
    SET app.hq = 'on'
    AS $$
    SELECT c.status, c.category, o.legal_name, c.received_at, c.due_at,
           (SELECT max(e.occurred_at) FROM complaint_event e WHERE e.complaint_id = c.id), c.closed_at
    FROM complaint c JOIN outlet o ON o.id = c.outlet_id WHERE c.tracking_code = p_tracking
$$;
