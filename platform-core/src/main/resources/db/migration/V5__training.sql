-- ServiceNet schema, version 5: central training and certification of outlet technicians (培训, 上岗资格证).
--
-- A person is one human being across outlets: a technician row is that person's employment at one outlet,
-- so a technician who moves (deactivated at one outlet, added at another by HQ) keeps their training
-- history and certifications, which belong to the person.
--
-- Runs as the schema owner, whom FORCE ROW LEVEL SECURITY binds too: the backfill below acts as HQ.
SELECT set_config('app.hq', 'on', true);

-- ---------------------------------------------------------------- persons
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
    id         bigint PRIMARY KEY,
    name       varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
ALTER SEQUENCE person_seq OWNED BY person.id;

ALTER TABLE technician ADD COLUMN person_id bigint REFERENCES person (id);
INSERT INTO person (id, name) SELECT id, name FROM technician;
UPDATE technician SET person_id = id;
ALTER TABLE technician ALTER COLUMN person_id SET NOT NULL;
SELECT setval('person_seq', coalesce((SELECT max(id) FROM person), 0) + 50);
-- a person works at one outlet at a time; earlier employments stay, inactive
CREATE UNIQUE INDEX technician_one_employment ON technician (person_id) WHERE active;
CREATE INDEX technician_person ON technician (person_id);

-- Who may see a person: HQ, and an outlet that employs (or employed) them.
CREATE FUNCTION app_employs(p_person bigint) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM technician t WHERE t.person_id = p_person AND t.outlet_id = app_outlet_id()) $$;
-- ... and one that employs them now: certifications and training history follow the person, not the outlet.
CREATE FUNCTION app_employs_now(p_person bigint) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM technician t WHERE t.person_id = p_person AND t.outlet_id = app_outlet_id() AND t.active) $$;

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
CREATE POLICY person_own_read ON person FOR SELECT USING (app_employs(id));
-- an outlet adding a new member of staff creates their person record
CREATE POLICY person_own_insert ON person FOR INSERT WITH CHECK (app_outlet_id() IS NOT NULL);
CREATE POLICY person_hq_all ON person FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- courses (课程)
CREATE SEQUENCE course_seq;
CREATE TABLE course (
    id              bigint PRIMARY KEY DEFAULT nextval('course_seq'),
    code            varchar(32)  NOT NULL,
    kind            varchar(16)  NOT NULL,
    name_en         varchar(200) NOT NULL,
    name_zh_cn      varchar(200) NOT NULL,
    name_zh_tw      varchar(200) NOT NULL,
    description     varchar(2000),
    validity_months integer      NOT NULL,
    pass_mark       integer      NOT NULL,
    active          boolean      NOT NULL DEFAULT true,
    created_by      varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         integer      NOT NULL DEFAULT 0,
    CONSTRAINT course_code_unique UNIQUE (code),
    CONSTRAINT course_kind_known CHECK (kind IN ('PRODUCT', 'BRAND', 'ETIQUETTE', 'SAFETY')),
    CONSTRAINT course_validity CHECK (validity_months BETWEEN 1 AND 120),
    CONSTRAINT course_pass_mark CHECK (pass_mark BETWEEN 0 AND 100)
);
ALTER SEQUENCE course_seq OWNED BY course.id;

-- the product categories a pass certifies the technician for
CREATE TABLE course_category (
    course_id bigint      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    category  varchar(32) NOT NULL,
    PRIMARY KEY (course_id, category)
);

ALTER TABLE course ENABLE ROW LEVEL SECURITY;
ALTER TABLE course FORCE ROW LEVEL SECURITY;
CREATE POLICY course_read ON course FOR SELECT USING (true);
CREATE POLICY course_hq_all ON course FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
ALTER TABLE course_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE course_category FORCE ROW LEVEL SECURITY;
CREATE POLICY course_category_read ON course_category FOR SELECT USING (true);
CREATE POLICY course_category_hq_all ON course_category FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- training sessions (培训班)
-- seats_taken counts ENROLLED enrolments, kept by a trigger on enrolment; the CHECK is what refuses the
-- enrolment past capacity, whatever Java does: the trigger's UPDATE locks the session row, so concurrent
-- enrolments of one session queue behind each other and the one that would overbook fails.
CREATE SEQUENCE training_session_seq;
CREATE TABLE training_session (
    id          bigint PRIMARY KEY DEFAULT nextval('training_session_seq'),
    course_id   bigint       NOT NULL REFERENCES course (id),
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    place       varchar(300),
    online_url  varchar(500),
    trainer     varchar(100) NOT NULL,
    capacity    integer      NOT NULL,
    seats_taken integer      NOT NULL DEFAULT 0,
    status      varchar(16)  NOT NULL DEFAULT 'PLANNED',
    results_at  timestamptz,
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     integer      NOT NULL DEFAULT 0,
    CONSTRAINT training_session_period CHECK (ends_at > starts_at),
    CONSTRAINT training_session_where CHECK (place IS NOT NULL OR online_url IS NOT NULL),
    CONSTRAINT training_session_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT training_session_full CHECK (seats_taken BETWEEN 0 AND capacity),
    CONSTRAINT training_session_status_known CHECK (status IN ('PLANNED', 'COMPLETED', 'CANCELLED'))
);
ALTER SEQUENCE training_session_seq OWNED BY training_session.id;
CREATE INDEX training_session_starts ON training_session (starts_at);

ALTER TABLE training_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_session FORCE ROW LEVEL SECURITY;
-- outlets see the calendar to ask for seats
CREATE POLICY training_session_read ON training_session FOR SELECT USING (true);
CREATE POLICY training_session_hq_all ON training_session FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- enrolments (报名)
-- One per person and session. outlet_id / technician_id name the employment the person was enrolled from.
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE enrolment (
    id            bigint PRIMARY KEY,
    session_id    bigint       NOT NULL REFERENCES training_session (id),
    person_id     bigint       NOT NULL REFERENCES person (id),
    technician_id bigint       NOT NULL,
    outlet_id     bigint       NOT NULL REFERENCES outlet (id),
    status        varchar(16)  NOT NULL,
    requested_by  varchar(100) NOT NULL,
    requested_at  timestamptz  NOT NULL,
    decided_by    varchar(100),
    decided_at    timestamptz,
    attended      boolean,
    score         integer,
    version       integer      NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_once UNIQUE (session_id, person_id),
    CONSTRAINT enrolment_technician_of_outlet FOREIGN KEY (technician_id, outlet_id) REFERENCES technician (id, outlet_id),
    CONSTRAINT enrolment_status_known CHECK (status IN ('REQUESTED', 'ENROLLED', 'DECLINED')),
    CONSTRAINT enrolment_score_range CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    -- attendance and a score only for a seat actually taken; a score only for someone who attended
    CONSTRAINT enrolment_result_of_seat CHECK (status = 'ENROLLED' OR (attended IS NULL AND score IS NULL)),
    CONSTRAINT enrolment_score_attended CHECK (score IS NULL OR attended)
);
ALTER SEQUENCE enrolment_seq OWNED BY enrolment.id;
CREATE INDEX enrolment_person ON enrolment (person_id);
CREATE INDEX enrolment_outlet ON enrolment (outlet_id, status);

CREATE FUNCTION enrolment_count_seats() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    was integer := CASE WHEN TG_OP <> 'INSERT' AND OLD.status = 'ENROLLED' THEN 1 ELSE 0 END;
    now_ integer := CASE WHEN TG_OP <> 'DELETE' AND NEW.status = 'ENROLLED' THEN 1 ELSE 0 END;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.session_id <> NEW.session_id THEN
        RAISE EXCEPTION 'an enrolment stays in its session' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF now_ <> was THEN
        UPDATE training_session SET seats_taken = seats_taken + now_ - was
        WHERE id = coalesce(NEW.session_id, OLD.session_id);
    END IF;
    RETURN coalesce(NEW, OLD);
END $$;
CREATE TRIGGER enrolment_count_seats AFTER INSERT OR UPDATE OR DELETE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION enrolment_count_seats();

ALTER TABLE enrolment ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrolment FORCE ROW LEVEL SECURITY;
-- an outlet reads the requests it made and the training history of the people it employs now
CREATE POLICY enrolment_own_read ON enrolment FOR SELECT
    USING (outlet_id = app_outlet_id() OR app_employs_now(person_id));
-- ... and may only ask: a request for one of its own active technicians, which HQ decides on
CREATE POLICY enrolment_own_request ON enrolment FOR INSERT
    WITH CHECK (outlet_id = app_outlet_id() AND status = 'REQUESTED' AND attended IS NULL AND score IS NULL
                AND decided_by IS NULL AND app_employs_now(person_id));
CREATE POLICY enrolment_hq_all ON enrolment FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- certifications (上岗资格证)
-- Issued only for an attended enrolment whose score reached the course's pass mark (checked by the
-- trigger below, so no code path can issue one otherwise). Valid on a day d when
-- issued_on <= d < expires_on and not revoked. The public code (random, 100 bits) is what the QR carries.
CREATE SEQUENCE certification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE certification_number_seq;
CREATE TABLE certification (
    id            bigint PRIMARY KEY,
    number        varchar(32)  NOT NULL,
    code          varchar(32)  NOT NULL,
    person_id     bigint       NOT NULL REFERENCES person (id),
    course_id     bigint       NOT NULL REFERENCES course (id),
    enrolment_id  bigint       NOT NULL REFERENCES enrolment (id),
    issued_on     date         NOT NULL,
    expires_on    date         NOT NULL,
    status        varchar(16)  NOT NULL DEFAULT 'VALID',
    renews_id     bigint REFERENCES certification (id),
    revoked_at    timestamptz,
    revoked_by    varchar(100),
    revoke_reason varchar(500),
    issued_by     varchar(100) NOT NULL,
    issued_at     timestamptz  NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    CONSTRAINT certification_number_unique UNIQUE (number),
    CONSTRAINT certification_code_unique UNIQUE (code),
    CONSTRAINT certification_one_per_enrolment UNIQUE (enrolment_id),
    CONSTRAINT certification_period CHECK (expires_on > issued_on),
    CONSTRAINT certification_status_known CHECK (status IN ('VALID', 'EXPIRED', 'REVOKED')),
    CONSTRAINT certification_revocation CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL AND revoke_reason IS NOT NULL))
);
ALTER SEQUENCE certification_seq OWNED BY certification.id;
ALTER SEQUENCE certification_number_seq OWNED BY certification.id;
CREATE INDEX certification_person ON certification (person_id, expires_on);
CREATE INDEX certification_expiry ON certification (expires_on) WHERE status = 'VALID';

CREATE TABLE certification_category (
    certification_id bigint      NOT NULL REFERENCES certification (id) ON DELETE CASCADE,
    category         varchar(32) NOT NULL,
    PRIMARY KEY (certification_id, category)
);

CREATE FUNCTION certification_requires_pass() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM enrolment e JOIN training_session s ON s.id = e.session_id
                   JOIN course c ON c.id = s.course_id
                   WHERE e.id = NEW.enrolment_id AND e.person_id = NEW.person_id AND c.id = NEW.course_id
                     AND e.status = 'ENROLLED' AND e.attended AND e.score >= c.pass_mark) THEN
        RAISE EXCEPTION 'a certification needs an attended, passed enrolment' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'certification_requires_pass';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER certification_requires_pass BEFORE INSERT OR UPDATE OF enrolment_id, person_id, course_id ON certification
    FOR EACH ROW EXECUTE FUNCTION certification_requires_pass();

ALTER TABLE certification ENABLE ROW LEVEL SECURITY;
ALTER TABLE certification FORCE ROW LEVEL SECURITY;
CREATE POLICY certification_own_read ON certification FOR SELECT USING (app_employs_now(person_id));
CREATE POLICY certification_hq_all ON certification FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
ALTER TABLE certification_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE certification_category FORCE ROW LEVEL SECURITY;
CREATE POLICY certification_category_own_read ON certification_category FOR SELECT
    USING (EXISTS (SELECT 1 FROM certification c WHERE c.id = certification_id));
CREATE POLICY certification_category_hq_all ON certification_category FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- The certificate's history: issued, renewed, revoked (with the reason), expired, reminders sent.
CREATE SEQUENCE certification_event_seq;
CREATE TABLE certification_event (
    id               bigint PRIMARY KEY DEFAULT nextval('certification_event_seq'),
    certification_id bigint       NOT NULL REFERENCES certification (id),
    kind             varchar(16)  NOT NULL,
    occurred_at      timestamptz  NOT NULL,
    actor            varchar(100) NOT NULL,
    note             varchar(500),
    CONSTRAINT certification_event_kind_known CHECK (kind IN ('ISSUED', 'RENEWED', 'REVOKED', 'EXPIRED'))
);
ALTER SEQUENCE certification_event_seq OWNED BY certification_event.id;
CREATE INDEX certification_event_of ON certification_event (certification_id, id);
ALTER TABLE certification_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE certification_event FORCE ROW LEVEL SECURITY;
CREATE POLICY certification_event_own_read ON certification_event FOR SELECT
    USING (EXISTS (SELECT 1 FROM certification c WHERE c.id = certification_id));
CREATE POLICY certification_event_hq_all ON certification_event FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- reminders for outlet managers
-- Written by the daily expiry job: once per certification and kind (expiring within 30 days, expired),
-- for the outlet that employs the person when the job runs.
CREATE SEQUENCE training_reminder_seq;
CREATE TABLE training_reminder (
    id               bigint PRIMARY KEY DEFAULT nextval('training_reminder_seq'),
    outlet_id        bigint      NOT NULL REFERENCES outlet (id),
    certification_id bigint      NOT NULL REFERENCES certification (id),
    kind             varchar(16) NOT NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT training_reminder_once UNIQUE (certification_id, kind, outlet_id),
    CONSTRAINT training_reminder_kind_known CHECK (kind IN ('EXPIRING', 'EXPIRED'))
);
ALTER SEQUENCE training_reminder_seq OWNED BY training_reminder.id;
CREATE INDEX training_reminder_outlet ON training_reminder (outlet_id, created_at DESC);
ALTER TABLE training_reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY training_reminder_own_read ON training_reminder FOR SELECT USING (outlet_id = app_outlet_id());
CREATE POLICY training_reminder_hq_all ON training_reminder FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- settings and jobs
-- HQ's compliance threshold: outlets whose share of fully certified technicians is below it are listed.
CREATE TABLE training_setting (
    id                   smallint PRIMARY KEY DEFAULT 1,
    compliance_threshold integer      NOT NULL DEFAULT 80,
    updated_by           varchar(100) NOT NULL DEFAULT 'migration',
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    version              integer      NOT NULL DEFAULT 0,
    CONSTRAINT training_setting_single CHECK (id = 1),
    CONSTRAINT training_setting_threshold CHECK (compliance_threshold BETWEEN 0 AND 100)
);
INSERT INTO training_setting (id) VALUES (1);
ALTER TABLE training_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY training_setting_read ON training_setting FOR SELECT USING (true);
CREATE POLICY training_setting_hq_all ON training_setting FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- A scheduled job runs on every node; the first node to insert the day's row does the work, the others
-- find the row taken and do nothing: once per cluster and day, with no clustered timer needed.
CREATE TABLE job_run (
    job        varchar(64) NOT NULL,
    run_on     date        NOT NULL,
    node       varchar(100),
    started_at timestamptz NOT NULL DEFAULT now(),
    outcome    varchar(500),
    PRIMARY KEY (job, run_on)
);
ALTER TABLE job_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_run FORCE ROW LEVEL SECURITY;
CREATE POLICY job_run_hq_all ON job_run FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- public verification
-- The one way a caller without a tenant reads a certificate: this function answers exactly what the public
-- may see (state, the person's name, the outlet, the categories) for one code, and nothing for any other.
-- It lifts row-level security for its own statement only (SET ... restores the caller's setting on exit).
CREATE FUNCTION certificate_check(p_code varchar, p_day date)
    RETURNS TABLE (state varchar, person_name varchar, outlet_name varchar, course_code varchar,
                   categories varchar, issued_on date, expires_on date)
    LANGUAGE sql STABLE
    SET app.hq = 'on'
    AS $$
    SELECT CASE WHEN c.status = 'REVOKED' THEN 'REVOKED'
                WHEN p_day >= c.expires_on THEN 'EXPIRED'
                ELSE 'VALID' END,
           p.name,
           (SELECT o.legal_name FROM technician t JOIN outlet o ON o.id = t.outlet_id
            WHERE t.person_id = c.person_id AND t.active),
           co.code,
           (SELECT string_agg(cc.category, ',' ORDER BY cc.category) FROM certification_category cc
            WHERE cc.certification_id = c.id),
           c.issued_on, c.expires_on
    FROM certification c
    JOIN person p ON p.id = c.person_id
    JOIN course co ON co.id = c.course_id
    WHERE c.code = p_code
$$;
