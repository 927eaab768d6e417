-- ServiceNet schema, version 2: the service network. Regions and their exclusive holders (区域唯一性原则),
-- the outlet profile database and tracking record (网点资料数据库, 跟踪记录), and the identity outbox that
-- carries Keycloak changes out of a database transaction.

-- btree_gist lets one exclusion constraint compare a region id (=) and a validity period (&&).
-- It is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ---------------------------------------------------------------- outlet profile
ALTER TABLE outlet
    ADD COLUMN business_licence_no varchar(64),
    ADD COLUMN address             varchar(300),
    ADD COLUMN contact_name        varchar(100),
    ADD COLUMN contact_phone       varchar(40),
    ADD COLUMN contact_email       varchar(200),
    ADD COLUMN opening_hours       varchar(200),
    ADD COLUMN qualifications      varchar(2000),
    ADD COLUMN status_reason       varchar(500),
    ADD COLUMN status_changed_at   timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN successor_id        bigint REFERENCES outlet (id),
    ADD COLUMN identity_status     varchar(16) NOT NULL DEFAULT 'NONE',
    ADD CONSTRAINT outlet_identity_status_known CHECK (identity_status IN ('NONE', 'PENDING', 'PROVISIONED', 'DISABLED', 'FAILED')),
    ADD CONSTRAINT outlet_not_own_successor CHECK (successor_id IS NULL OR successor_id <> id);
CREATE UNIQUE INDEX outlet_licence_unique ON outlet (business_licence_no) WHERE business_licence_no IS NOT NULL;
CREATE INDEX outlet_status ON outlet (status, code);
CREATE INDEX outlet_legal_name ON outlet (lower(legal_name));

CREATE TABLE outlet_product_category (
    outlet_id bigint      NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    category  varchar(32) NOT NULL,
    PRIMARY KEY (outlet_id, category)
);

-- An outlet may change its own contact fields and nothing else of its row; HQ owns the rest.
-- Java enforces this too (Outlet.updateContacts); the trigger holds when Java is bypassed.
CREATE FUNCTION outlet_guard_hq_columns() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT app_is_hq() AND (NEW.code, NEW.legal_name, NEW.status, NEW.business_licence_no, NEW.address,
                             NEW.qualifications, NEW.status_reason, NEW.status_changed_at, NEW.successor_id,
                             NEW.identity_status)
                IS DISTINCT FROM (OLD.code, OLD.legal_name, OLD.status, OLD.business_licence_no, OLD.address,
                                  OLD.qualifications, OLD.status_reason, OLD.status_changed_at, OLD.successor_id,
                                  OLD.identity_status) THEN
        RAISE EXCEPTION 'only HQ may change this outlet field' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER outlet_guard_hq_columns BEFORE UPDATE ON outlet
    FOR EACH ROW EXECUTE FUNCTION outlet_guard_hq_columns();

CREATE POLICY outlet_own_contacts ON outlet FOR UPDATE
    USING (id = app_outlet_id())
    WITH CHECK (id = app_outlet_id());

ALTER TABLE outlet_product_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE outlet_product_category FORCE ROW LEVEL SECURITY;
CREATE POLICY outlet_product_category_own_read ON outlet_product_category FOR SELECT
    USING (outlet_id = app_outlet_id());
CREATE POLICY outlet_product_category_hq_all ON outlet_product_category FOR ALL
    USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- regions
CREATE SEQUENCE region_seq;
CREATE TABLE region (
    id           bigint PRIMARY KEY DEFAULT nextval('region_seq'),
    parent_id    bigint REFERENCES region (id),
    code         varchar(32)  NOT NULL,
    level        varchar(16)  NOT NULL,
    name_en      varchar(120) NOT NULL,
    name_zh_cn   varchar(120) NOT NULL,
    name_zh_tw   varchar(120) NOT NULL,
    service_area varchar(1000),
    retired_at   timestamptz,
    version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT region_code_unique UNIQUE (code),
    CONSTRAINT region_level_known CHECK (level IN ('PROVINCE', 'CITY', 'DISTRICT')),
    CONSTRAINT region_province_is_root CHECK ((level = 'PROVINCE') = (parent_id IS NULL))
);
ALTER SEQUENCE region_seq OWNED BY region.id;
CREATE INDEX region_parent ON region (parent_id);

-- Regions are HQ's reference data: everybody reads them, only HQ changes them.
ALTER TABLE region ENABLE ROW LEVEL SECURITY;
ALTER TABLE region FORCE ROW LEVEL SECURITY;
CREATE POLICY region_read ON region FOR SELECT USING (true);
CREATE POLICY region_hq_write ON region FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- exclusive appointments
CREATE SEQUENCE region_assignment_seq;
CREATE TABLE region_assignment (
    id           bigint PRIMARY KEY DEFAULT nextval('region_assignment_seq'),
    region_id    bigint       NOT NULL REFERENCES region (id),
    outlet_id    bigint       NOT NULL REFERENCES outlet (id),
    valid_from   timestamptz  NOT NULL,
    valid_to     timestamptz,
    appointed_by varchar(100) NOT NULL,
    end_reason   varchar(500),
    CONSTRAINT region_assignment_period CHECK (valid_to IS NULL OR valid_to > valid_from),
    -- 区域唯一性原则: at any moment at most one outlet holds a region. Held by PostgreSQL, whatever Java does.
    CONSTRAINT region_held_by_one_outlet
        EXCLUDE USING gist (region_id WITH =, tstzrange(valid_from, valid_to, '[)') WITH &&)
);
ALTER SEQUENCE region_assignment_seq OWNED BY region_assignment.id;
CREATE INDEX region_assignment_outlet ON region_assignment (outlet_id, valid_to);

ALTER TABLE region_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE region_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY region_assignment_own_read ON region_assignment FOR SELECT
    USING (outlet_id = app_outlet_id());
CREATE POLICY region_assignment_hq_all ON region_assignment FOR ALL
    USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- tracking record (HQ's, not the outlet's)
CREATE SEQUENCE outlet_event_seq;
CREATE TABLE outlet_event (
    id              bigint PRIMARY KEY DEFAULT nextval('outlet_event_seq'),
    outlet_id       bigint       NOT NULL REFERENCES outlet (id),
    occurred_at     timestamptz  NOT NULL DEFAULT now(),
    kind            varchar(24)  NOT NULL,
    actor           varchar(100) NOT NULL,
    from_status     varchar(16),
    to_status       varchar(16),
    region_id       bigint REFERENCES region (id),
    other_outlet_id bigint REFERENCES outlet (id),
    note            varchar(2000),
    CONSTRAINT outlet_event_kind_known CHECK (kind IN ('REGISTERED', 'NOTE', 'STATUS', 'APPOINTED', 'RELEASED',
                                                       'REPLACED', 'SUCCEEDED', 'PROFILE', 'IDENTITY'))
);
ALTER SEQUENCE outlet_event_seq OWNED BY outlet_event.id;
CREATE INDEX outlet_event_outlet ON outlet_event (outlet_id, occurred_at DESC, id DESC);

ALTER TABLE outlet_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE outlet_event FORCE ROW LEVEL SECURITY;
CREATE POLICY outlet_event_hq_all ON outlet_event FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
-- an outlet that changes its own contact details leaves that fact in HQ's record, and can write nothing else there
CREATE POLICY outlet_event_own_profile_change ON outlet_event FOR INSERT
    WITH CHECK (outlet_id = app_outlet_id() AND kind = 'PROFILE');

-- ---------------------------------------------------------------- identity outbox
-- Keycloak cannot join a PostgreSQL transaction. A business change commits together with the identity
-- task it implies; a worker applies the task to Keycloak afterwards, idempotently, until it succeeds.
CREATE SEQUENCE identity_task_seq;
CREATE TABLE identity_task (
    id              bigint PRIMARY KEY DEFAULT nextval('identity_task_seq'),
    outlet_id       bigint       NOT NULL REFERENCES outlet (id),
    action          varchar(24)  NOT NULL,
    username        varchar(100),
    email           varchar(200),
    -- a temporary password travels here until the worker has handed it to Keycloak, then it is erased
    secret          varchar(200),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    requested_by    varchar(100) NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      varchar(2000),
    done_at         timestamptz,
    CONSTRAINT identity_task_action_known CHECK (action IN ('PROVISION_OUTLET', 'DISABLE_OUTLET', 'ADD_USER', 'DISABLE_USER'))
);
ALTER SEQUENCE identity_task_seq OWNED BY identity_task.id;
CREATE INDEX identity_task_due ON identity_task (next_attempt_at) WHERE done_at IS NULL;

ALTER TABLE identity_task ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity_task FORCE ROW LEVEL SECURITY;
CREATE POLICY identity_task_hq_all ON identity_task FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
