-- ServiceNet schema, version 6: outlet audits (不定期抽查), mystery shopping (秘密监察), findings and
-- corrective actions, and the replacement-candidate list their consequences feed.
--
-- Who sees what, by row-level security:
--   HQ            everything;
--   a shopper     (app.shopper = their user name) their own mystery-shop assignments, the template version
--                 each uses, their own answers and uploads, and the name and address of the outlet to visit;
--   an outlet     its audits once HQ has released the result (and an announced spot check before the visit),
--                 their answers, findings and corrective actions; never a mystery shop before release.
SELECT set_config('app.hq', 'on', true);

CREATE FUNCTION app_shopper() RETURNS varchar
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.shopper', true), '') $$;

-- ---------------------------------------------------------------- settings
CREATE TABLE audit_setting (
    id                 smallint PRIMARY KEY DEFAULT 1,
    good_from          numeric(5, 2) NOT NULL DEFAULT 80,
    failing_below      numeric(5, 2) NOT NULL DEFAULT 50,
    probation_failures integer       NOT NULL DEFAULT 2,
    probation_months   integer       NOT NULL DEFAULT 6,
    min_gap_days       integer       NOT NULL DEFAULT 30,
    updated_by         varchar(100),
    updated_at         timestamptz,
    CONSTRAINT audit_setting_single CHECK (id = 1),
    CONSTRAINT audit_setting_bands CHECK (0 <= failing_below AND failing_below <= good_from AND good_from <= 100),
    CONSTRAINT audit_setting_rule CHECK (probation_failures BETWEEN 1 AND 20 AND probation_months BETWEEN 1 AND 36),
    CONSTRAINT audit_setting_gap CHECK (min_gap_days BETWEEN 0 AND 365)
);
INSERT INTO audit_setting (id) VALUES (1);
ALTER TABLE audit_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_setting_read ON audit_setting FOR SELECT USING (true);
CREATE POLICY audit_setting_hq_all ON audit_setting FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- mystery shoppers
CREATE TABLE mystery_shopper (
    username   varchar(100) PRIMARY KEY,
    name       varchar(100) NOT NULL,
    city       varchar(100),
    active     boolean      NOT NULL DEFAULT true,
    created_at timestamptz  NOT NULL DEFAULT now()
);
-- outlets a shopper must never visit: relatives, former employment, known to the staff
CREATE TABLE shopper_link (
    username  varchar(100) NOT NULL REFERENCES mystery_shopper (username),
    outlet_id bigint       NOT NULL REFERENCES outlet (id),
    reason    varchar(300) NOT NULL,
    PRIMARY KEY (username, outlet_id)
);
ALTER TABLE mystery_shopper ENABLE ROW LEVEL SECURITY;
ALTER TABLE mystery_shopper FORCE ROW LEVEL SECURITY;
CREATE POLICY mystery_shopper_self ON mystery_shopper FOR SELECT USING (username = app_shopper());
CREATE POLICY mystery_shopper_hq_all ON mystery_shopper FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
ALTER TABLE shopper_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopper_link FORCE ROW LEVEL SECURITY;
CREATE POLICY shopper_link_hq_all ON shopper_link FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- templates (检查表)
CREATE SEQUENCE audit_template_seq;
CREATE TABLE audit_template (
    id         bigint PRIMARY KEY DEFAULT nextval('audit_template_seq'),
    code       varchar(32)  NOT NULL,
    kind       varchar(16)  NOT NULL,
    name_en    varchar(200) NOT NULL,
    name_zh_cn varchar(200) NOT NULL,
    name_zh_tw varchar(200) NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    created_by varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT audit_template_code_unique UNIQUE (code),
    CONSTRAINT audit_template_kind_known CHECK (kind IN ('SPOT_CHECK', 'MYSTERY_SHOP'))
);
ALTER SEQUENCE audit_template_seq OWNED BY audit_template.id;

-- A version is edited as a draft and frozen by publishing: audits keep the version they were made with.
CREATE SEQUENCE template_version_seq;
CREATE TABLE template_version (
    id           bigint PRIMARY KEY DEFAULT nextval('template_version_seq'),
    template_id  bigint        NOT NULL REFERENCES audit_template (id),
    number       integer       NOT NULL,
    status       varchar(16)   NOT NULL DEFAULT 'DRAFT',
    critical_cap numeric(5, 2) NOT NULL DEFAULT 49,
    brief        varchar(2000),
    published_by varchar(100),
    published_at timestamptz,
    created_by   varchar(100)  NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    version      integer       NOT NULL DEFAULT 0,
    CONSTRAINT template_version_number UNIQUE (template_id, number),
    CONSTRAINT template_version_status_known CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT template_version_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    CONSTRAINT template_version_cap CHECK (critical_cap BETWEEN 0 AND 100)
);
ALTER SEQUENCE template_version_seq OWNED BY template_version.id;
CREATE UNIQUE INDEX template_version_one_draft ON template_version (template_id) WHERE status = 'DRAFT';

CREATE SEQUENCE template_section_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE template_section (
    id         bigint PRIMARY KEY,
    version_id bigint        NOT NULL REFERENCES template_version (id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    title_zh_cn varchar(200) NOT NULL,
    title_en   varchar(200),
    title_zh_tw varchar(200),
    weight     numeric(6, 2) NOT NULL,
    CONSTRAINT template_section_weight CHECK (weight > 0 AND weight <= 1000),
    -- deferred: saving a draft replaces its sections, and EclipseLink inserts the new ones before deleting the old
    CONSTRAINT template_section_position UNIQUE (version_id, position) DEFERRABLE INITIALLY DEFERRED
);
ALTER SEQUENCE template_section_seq OWNED BY template_section.id;

CREATE SEQUENCE template_question_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE template_question (
    id          bigint PRIMARY KEY,
    section_id  bigint        NOT NULL REFERENCES template_section (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    text_zh_cn  varchar(500)  NOT NULL,
    text_en     varchar(500),
    text_zh_tw  varchar(500),
    kind        varchar(16)   NOT NULL,
    weight      numeric(6, 2) NOT NULL,
    critical    boolean       NOT NULL DEFAULT false,
    na_allowed  boolean       NOT NULL DEFAULT false,
    CONSTRAINT template_question_kind_known CHECK (kind IN ('YES_NO', 'SCALE_0_4', 'SCALE_1_5', 'NUMBER', 'TEXT', 'PHOTO')),
    -- only answers that earn points carry weight; a critical question is one that can fail
    CONSTRAINT template_question_weight CHECK (
        (kind IN ('YES_NO', 'SCALE_0_4', 'SCALE_1_5') AND weight > 0 AND weight <= 1000)
        OR (kind IN ('NUMBER', 'TEXT', 'PHOTO') AND weight = 0 AND NOT critical)),
    CONSTRAINT template_question_position UNIQUE (section_id, position) DEFERRABLE INITIALLY DEFERRED
);
ALTER SEQUENCE template_question_seq OWNED BY template_question.id;
CREATE INDEX template_question_section ON template_question (section_id);
CREATE INDEX template_section_version ON template_section (version_id);

-- A published version is immutable: its sections and questions cannot change, and it cannot go back.
CREATE FUNCTION template_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_version bigint;
BEGIN
    IF TG_TABLE_NAME = 'template_version' THEN
        IF OLD.status = 'PUBLISHED' AND (TG_OP = 'DELETE' OR NEW.status <> 'PUBLISHED'
                OR NEW.critical_cap <> OLD.critical_cap OR NEW.brief IS DISTINCT FROM OLD.brief) THEN
            RAISE EXCEPTION 'template version % is published and cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'template_section' THEN
        v_version := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
    ELSE
        SELECT s.version_id INTO v_version FROM template_section s
         WHERE s.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.section_id ELSE NEW.section_id END;
    END IF;
    IF EXISTS (SELECT 1 FROM template_version v WHERE v.id = v_version AND v.status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'template version % is published and cannot change', v_version USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER template_version_frozen BEFORE UPDATE OR DELETE ON template_version
    FOR EACH ROW EXECUTE FUNCTION template_frozen();
CREATE TRIGGER template_section_frozen BEFORE INSERT OR UPDATE OR DELETE ON template_section
    FOR EACH ROW EXECUTE FUNCTION template_frozen();
CREATE TRIGGER template_question_frozen BEFORE INSERT OR UPDATE OR DELETE ON template_question
    FOR EACH ROW EXECUTE FUNCTION template_frozen();

-- ---------------------------------------------------------------- audits (检查)
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit (
    id                  bigint PRIMARY KEY,
    outlet_id           bigint        NOT NULL REFERENCES outlet (id),
    kind                varchar(16)   NOT NULL,
    template_version_id bigint        NOT NULL REFERENCES template_version (id),
    window_from         date          NOT NULL,
    window_to           date          NOT NULL,
    planned_on          date,
    announced           boolean       NOT NULL DEFAULT false,
    brief               varchar(2000),
    assignee            varchar(100),
    status              varchar(16)   NOT NULL DEFAULT 'PLANNED',
    visited_on          date,
    submitted_at        timestamptz,
    score               numeric(5, 2),
    band                varchar(24),
    critical_failed     boolean,
    released_by         varchar(100),
    released_at         timestamptz,
    cancel_reason       varchar(500),
    created_by          varchar(100)  NOT NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    version             integer       NOT NULL DEFAULT 0,
    CONSTRAINT audit_kind_known CHECK (kind IN ('SPOT_CHECK', 'MYSTERY_SHOP')),
    CONSTRAINT audit_status_known CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'RELEASED', 'CANCELLED')),
    CONSTRAINT audit_window CHECK (window_to >= window_from),
    CONSTRAINT audit_planned_in_window CHECK (planned_on IS NULL OR planned_on BETWEEN window_from AND window_to),
    -- a mystery shopper is never announced
    CONSTRAINT audit_shop_unannounced CHECK (kind = 'SPOT_CHECK' OR NOT announced),
    CONSTRAINT audit_submitted CHECK ((status IN ('SUBMITTED', 'RELEASED')) = (submitted_at IS NOT NULL AND visited_on IS NOT NULL)),
    CONSTRAINT audit_released CHECK ((status = 'RELEASED') = (released_at IS NOT NULL)),
    CONSTRAINT audit_band_known CHECK (band IS NULL OR band IN ('GOOD', 'NEEDS_IMPROVEMENT', 'FAILING', 'NOT_SCORED')),
    CONSTRAINT audit_assigned_to_work CHECK (status IN ('PLANNED', 'CANCELLED') OR assignee IS NOT NULL)
);
ALTER SEQUENCE audit_seq OWNED BY audit.id;
CREATE INDEX audit_outlet ON audit (outlet_id, visited_on);
CREATE INDEX audit_assignee ON audit (assignee) WHERE assignee IS NOT NULL;
CREATE INDEX audit_planned ON audit (window_from, window_to);

ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_hq_all ON audit FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY audit_shopper_read ON audit FOR SELECT
    USING (kind = 'MYSTERY_SHOP' AND assignee = app_shopper());
CREATE POLICY audit_shopper_work ON audit FOR UPDATE
    USING (kind = 'MYSTERY_SHOP' AND assignee = app_shopper() AND status IN ('PLANNED', 'IN_PROGRESS'))
    WITH CHECK (kind = 'MYSTERY_SHOP' AND assignee = app_shopper() AND status IN ('IN_PROGRESS', 'SUBMITTED'));
CREATE POLICY audit_outlet_read ON audit FOR SELECT
    USING (outlet_id = app_outlet_id()
           AND (status = 'RELEASED' OR (kind = 'SPOT_CHECK' AND announced AND status IN ('PLANNED', 'IN_PROGRESS'))));

-- What a shopper may change of their assignment: its progress and their result, nothing of the plan.
CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF app_is_hq() THEN
        RETURN NEW;
    END IF;
    IF NEW.outlet_id <> OLD.outlet_id OR NEW.kind <> OLD.kind OR NEW.template_version_id <> OLD.template_version_id
            OR NEW.assignee IS DISTINCT FROM OLD.assignee OR NEW.window_from <> OLD.window_from
            OR NEW.window_to <> OLD.window_to OR NEW.brief IS DISTINCT FROM OLD.brief
            OR NEW.released_at IS NOT NULL OR NEW.announced <> OLD.announced THEN
        RAISE EXCEPTION 'only HQ changes the plan of audit %', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_guard BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION audit_guard();

-- The outlet a shopper is sent to: its row is readable (the service shows name and address only) while the
-- visit is open.
CREATE POLICY outlet_shopper_read ON outlet FOR SELECT
    USING (app_shopper() IS NOT NULL AND EXISTS (
        SELECT 1 FROM audit a WHERE a.outlet_id = outlet.id AND a.assignee = app_shopper()
           AND a.kind = 'MYSTERY_SHOP' AND a.status IN ('PLANNED', 'IN_PROGRESS')));

-- A template version is readable by whoever can see an audit made with it.
ALTER TABLE audit_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_template FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_template_hq_all ON audit_template FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY audit_template_seen ON audit_template FOR SELECT
    USING (EXISTS (SELECT 1 FROM template_version v JOIN audit a ON a.template_version_id = v.id WHERE v.template_id = audit_template.id));
ALTER TABLE template_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_version FORCE ROW LEVEL SECURITY;
CREATE POLICY template_version_hq_all ON template_version FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY template_version_seen ON template_version FOR SELECT
    USING (EXISTS (SELECT 1 FROM audit a WHERE a.template_version_id = template_version.id));
ALTER TABLE template_section ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_section FORCE ROW LEVEL SECURITY;
CREATE POLICY template_section_hq_all ON template_section FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY template_section_seen ON template_section FOR SELECT
    USING (EXISTS (SELECT 1 FROM audit a WHERE a.template_version_id = template_section.version_id));
ALTER TABLE template_question ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_question FORCE ROW LEVEL SECURITY;
CREATE POLICY template_question_hq_all ON template_question FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY template_question_seen ON template_question FOR SELECT
    USING (EXISTS (SELECT 1 FROM template_section s JOIN audit a ON a.template_version_id = s.version_id
                    WHERE s.id = template_question.section_id));

-- ---------------------------------------------------------------- answers and scores
CREATE SEQUENCE audit_answer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_answer (
    id             bigint PRIMARY KEY,
    audit_id       bigint        NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    question_id    bigint        NOT NULL REFERENCES template_question (id),
    not_applicable boolean       NOT NULL DEFAULT false,
    yes            boolean,
    scale          integer,
    number         numeric(12, 2),
    text           varchar(2000),
    comment        varchar(1000),
    earned         numeric(8, 2),
    possible       numeric(8, 2),
    CONSTRAINT audit_answer_once UNIQUE (audit_id, question_id),
    CONSTRAINT audit_answer_scale CHECK (scale IS NULL OR scale BETWEEN 0 AND 5)
);
ALTER SEQUENCE audit_answer_seq OWNED BY audit_answer.id;

CREATE TABLE audit_section_score (
    audit_id   bigint        NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    section_id bigint        NOT NULL REFERENCES template_section (id),
    earned     numeric(8, 2) NOT NULL,
    possible   numeric(8, 2) NOT NULL,
    score      numeric(5, 2),
    PRIMARY KEY (audit_id, section_id)
);

-- the answers of an audit follow the audit's visibility; a shopper writes only while the visit is open
CREATE FUNCTION app_audit_visible(p_audit bigint) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM audit a WHERE a.id = p_audit AND (a.status = 'RELEASED' OR app_shopper() IS NOT NULL)) $$;
CREATE FUNCTION app_audit_open_to_shopper(p_audit bigint) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM audit a WHERE a.id = p_audit AND a.assignee = app_shopper()
                           AND a.kind = 'MYSTERY_SHOP' AND a.status IN ('PLANNED', 'IN_PROGRESS')) $$;
ALTER TABLE audit_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_answer_hq_all ON audit_answer FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY audit_answer_read ON audit_answer FOR SELECT USING (app_audit_visible(audit_id));
CREATE POLICY audit_answer_shopper_write ON audit_answer FOR ALL
    USING (app_audit_open_to_shopper(audit_id)) WITH CHECK (app_audit_open_to_shopper(audit_id));
ALTER TABLE audit_section_score ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_section_score FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_section_score_hq_all ON audit_section_score FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
-- an outlet reads scores of released audits; a shopper writes them once, on submission, and never reads them
CREATE POLICY audit_section_score_released ON audit_section_score FOR SELECT
    USING (app_outlet_id() IS NOT NULL AND app_audit_visible(audit_id));
CREATE POLICY audit_section_score_shopper_submit ON audit_section_score FOR INSERT
    WITH CHECK (app_audit_open_to_shopper(audit_id));

-- ---------------------------------------------------------------- attachments
-- Receipts and photos of a visit, evidence of a corrective action. The bytes are in PostgreSQL, not on a
-- node's disk: outside any web root, in the same transaction as the form (nothing half-written), and the
-- same on every node of a cluster. Only HQ reads the bytes back.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
    id          bigint PRIMARY KEY,
    audit_id    bigint       REFERENCES audit (id) ON DELETE CASCADE,
    question_id bigint       REFERENCES template_question (id),
    action_id   bigint,
    outlet_id   bigint       NOT NULL REFERENCES outlet (id),
    purpose     varchar(16)  NOT NULL,
    media_type  varchar(64)  NOT NULL,
    byte_size   integer      NOT NULL,
    sha256      varchar(64)  NOT NULL,
    file_name   varchar(120) NOT NULL,
    uploaded_by varchar(100) NOT NULL,
    uploaded_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT attachment_purpose_known CHECK (purpose IN ('PHOTO', 'RECEIPT', 'EVIDENCE')),
    CONSTRAINT attachment_media_known CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    CONSTRAINT attachment_size CHECK (byte_size BETWEEN 1 AND 10485760),
    CONSTRAINT attachment_owner CHECK ((audit_id IS NULL) <> (action_id IS NULL))
);
ALTER SEQUENCE attachment_seq OWNED BY attachment.id;
CREATE INDEX attachment_audit ON attachment (audit_id);
CREATE INDEX attachment_action ON attachment (action_id);
CREATE TABLE attachment_content (
    attachment_id bigint PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    bytes         bytea  NOT NULL
);

-- ---------------------------------------------------------------- findings and corrective actions (整改)
CREATE SEQUENCE finding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE finding (
    id          bigint PRIMARY KEY,
    audit_id    bigint        NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    outlet_id   bigint        NOT NULL REFERENCES outlet (id),
    question_id bigint        NOT NULL REFERENCES template_question (id),
    note        varchar(1000),
    critical    boolean       NOT NULL,
    CONSTRAINT finding_once UNIQUE (audit_id, question_id)
);
ALTER SEQUENCE finding_seq OWNED BY finding.id;

CREATE SEQUENCE corrective_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE corrective_action (
    id           bigint PRIMARY KEY,
    finding_id   bigint        NOT NULL REFERENCES finding (id),
    outlet_id    bigint        NOT NULL REFERENCES outlet (id),
    description  varchar(1000) NOT NULL,
    due_on       date          NOT NULL,
    status       varchar(16)   NOT NULL DEFAULT 'OPEN',
    response     varchar(2000),
    responded_by varchar(100),
    responded_at timestamptz,
    closed_at    timestamptz,
    reopened     integer       NOT NULL DEFAULT 0,
    created_by   varchar(100)  NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    version      integer       NOT NULL DEFAULT 0,
    CONSTRAINT corrective_action_once UNIQUE (finding_id),
    CONSTRAINT corrective_action_status_known CHECK (status IN ('OPEN', 'RESPONDED', 'CLOSED')),
    CONSTRAINT corrective_action_responded CHECK (status <> 'RESPONDED' OR response IS NOT NULL),
    CONSTRAINT corrective_action_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
ALTER SEQUENCE corrective_action_seq OWNED BY corrective_action.id;
CREATE INDEX corrective_action_open ON corrective_action (due_on) WHERE status <> 'CLOSED';
CREATE INDEX corrective_action_outlet ON corrective_action (outlet_id);
ALTER TABLE attachment ADD CONSTRAINT attachment_action_fk FOREIGN KEY (action_id) REFERENCES corrective_action (id) ON DELETE CASCADE;

CREATE SEQUENCE action_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE action_event (
    id        bigint PRIMARY KEY,
    action_id bigint        NOT NULL REFERENCES corrective_action (id) ON DELETE CASCADE,
    at        timestamptz   NOT NULL,
    actor     varchar(100)  NOT NULL,
    step      varchar(16)   NOT NULL,
    note      varchar(2000),
    CONSTRAINT action_event_step_known CHECK (step IN ('RAISED', 'RESPONDED', 'VERIFIED', 'REOPENED'))
);
ALTER SEQUENCE action_event_seq OWNED BY action_event.id;
CREATE INDEX action_event_action ON action_event (action_id);

-- The outlet answers its action: it may set the response and move OPEN -> RESPONDED, nothing else.
CREATE FUNCTION corrective_action_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF app_is_hq() THEN
        RETURN NEW;
    END IF;
    IF OLD.status <> 'OPEN' OR NEW.status <> 'RESPONDED' OR NEW.description <> OLD.description
            OR NEW.due_on <> OLD.due_on OR NEW.finding_id <> OLD.finding_id OR NEW.outlet_id <> OLD.outlet_id
            OR NEW.closed_at IS NOT NULL OR NEW.reopened <> OLD.reopened THEN
        RAISE EXCEPTION 'an outlet only responds to corrective action %', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER corrective_action_guard BEFORE UPDATE ON corrective_action FOR EACH ROW EXECUTE FUNCTION corrective_action_guard();

ALTER TABLE finding ENABLE ROW LEVEL SECURITY;
ALTER TABLE finding FORCE ROW LEVEL SECURITY;
CREATE POLICY finding_hq_all ON finding FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY finding_outlet_read ON finding FOR SELECT
    USING (outlet_id = app_outlet_id() AND app_audit_visible(audit_id));
-- findings are written with the submission, by whoever submits
CREATE POLICY finding_shopper_submit ON finding FOR INSERT WITH CHECK (app_audit_open_to_shopper(audit_id));
ALTER TABLE corrective_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE corrective_action FORCE ROW LEVEL SECURITY;
CREATE POLICY corrective_action_hq_all ON corrective_action FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY corrective_action_outlet_read ON corrective_action FOR SELECT USING (outlet_id = app_outlet_id());
CREATE POLICY corrective_action_outlet_respond ON corrective_action FOR UPDATE
    USING (outlet_id = app_outlet_id()) WITH CHECK (outlet_id = app_outlet_id());
ALTER TABLE action_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_event FORCE ROW LEVEL SECURITY;
CREATE POLICY action_event_hq_all ON action_event FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY action_event_outlet ON action_event FOR SELECT
    USING (EXISTS (SELECT 1 FROM corrective_action c WHERE c.id = action_id AND c.outlet_id = app_outlet_id()));
CREATE POLICY action_event_outlet_respond ON action_event FOR INSERT
    WITH CHECK (step = 'RESPONDED' AND EXISTS (SELECT 1 FROM corrective_action c WHERE c.id = action_id AND c.outlet_id = app_outlet_id()));

ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY attachment_hq_all ON attachment FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
CREATE POLICY attachment_shopper ON attachment FOR ALL
    USING (audit_id IS NOT NULL AND app_audit_open_to_shopper(audit_id))
    WITH CHECK (audit_id IS NOT NULL AND app_audit_open_to_shopper(audit_id));
CREATE POLICY attachment_shopper_read ON attachment FOR SELECT
    USING (audit_id IS NOT NULL AND app_shopper() IS NOT NULL AND uploaded_by = app_shopper()
           AND EXISTS (SELECT 1 FROM audit a WHERE a.id = audit_id));
CREATE POLICY attachment_outlet_evidence ON attachment FOR ALL
    USING (action_id IS NOT NULL AND outlet_id = app_outlet_id())
    WITH CHECK (action_id IS NOT NULL AND outlet_id = app_outlet_id());
ALTER TABLE attachment_content ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment_content FORCE ROW LEVEL SECURITY;
CREATE POLICY attachment_content_hq_all ON attachment_content FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
-- whoever may write the attachment's record writes its bytes; only HQ ever reads them
CREATE POLICY attachment_content_write ON attachment_content FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM attachment a WHERE a.id = attachment_id));

-- ---------------------------------------------------------------- replacement candidates
-- Outlets HQ should consider replacing: put here by the audit rule (and later by quality's watch list); the
-- replacement dialog on the outlet's page starts from an entry, and resolving it keeps the history.
CREATE SEQUENCE replacement_candidate_seq;
CREATE TABLE replacement_candidate (
    id          bigint PRIMARY KEY DEFAULT nextval('replacement_candidate_seq'),
    outlet_id   bigint        NOT NULL REFERENCES outlet (id),
    source      varchar(16)   NOT NULL,
    reason      varchar(1000) NOT NULL,
    raised_by   varchar(100)  NOT NULL,
    raised_at   timestamptz   NOT NULL,
    resolved_by varchar(100),
    resolved_at timestamptz,
    resolution  varchar(500),
    CONSTRAINT replacement_candidate_source_known CHECK (source IN ('AUDITS', 'QUALITY', 'MANUAL'))
);
ALTER SEQUENCE replacement_candidate_seq OWNED BY replacement_candidate.id;
CREATE UNIQUE INDEX replacement_candidate_open ON replacement_candidate (outlet_id) WHERE resolved_at IS NULL;
ALTER TABLE replacement_candidate ENABLE ROW LEVEL SECURITY;
ALTER TABLE replacement_candidate FORCE ROW LEVEL SECURITY;
CREATE POLICY replacement_candidate_hq_all ON replacement_candidate FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
