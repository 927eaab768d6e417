-- ServiceNet schema, version 3: repair reporting (四个不漏: every repair is reported), HQ's repair price list
-- (维修清单) and warranty terms (三包).
--
-- The repair tables are the platform's hot path (10 million rows a year): outlet_id leads their keys and
-- indexes, so that an outlet's reads and writes touch only its own part of each index; their sequences
-- hand out blocks of 50 ids so that EclipseLink asks for an id once per 50 inserts (starting at 50, so that
-- no block reaches below 1).

-- ---------------------------------------------------------------- technicians
-- The outlet's repair staff. HQ certifies them (training, a later capability); a repair names the
-- technician who did it, and that technician must be one of the outlet's own — the composite foreign key
-- from repair_order holds that in the database.
CREATE SEQUENCE technician_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE technician (
    id        bigint PRIMARY KEY,
    outlet_id bigint       NOT NULL REFERENCES outlet (id),
    code      varchar(32)  NOT NULL,
    name      varchar(100) NOT NULL,
    username  varchar(100),
    active    boolean      NOT NULL DEFAULT true,
    CONSTRAINT technician_code_unique UNIQUE (outlet_id, code),
    CONSTRAINT technician_of_outlet UNIQUE (id, outlet_id)
);
ALTER SEQUENCE technician_seq OWNED BY technician.id;
CREATE UNIQUE INDEX technician_username ON technician (username) WHERE username IS NOT NULL;

ALTER TABLE technician ENABLE ROW LEVEL SECURITY;
ALTER TABLE technician FORCE ROW LEVEL SECURITY;
CREATE POLICY technician_own_all ON technician FOR ALL
    USING (outlet_id = app_outlet_id()) WITH CHECK (outlet_id = app_outlet_id());
CREATE POLICY technician_hq_all ON technician FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- price list (维修清单)
-- One published version is valid on any day; a draft is HQ's work in progress and nobody else sees it.
CREATE SEQUENCE price_list_seq;
CREATE TABLE price_list (
    id           bigint PRIMARY KEY DEFAULT nextval('price_list_seq'),
    valid_from   date         NOT NULL,
    valid_to     date,
    published    boolean      NOT NULL DEFAULT false,
    note         varchar(500),
    created_by   varchar(100) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    published_by varchar(100),
    published_at timestamptz,
    version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT price_list_period CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT price_list_one_valid_per_day
        EXCLUDE USING gist (daterange(valid_from, valid_to, '[)') WITH &&) WHERE (published)
);
ALTER SEQUENCE price_list_seq OWNED BY price_list.id;

-- A line prices a part (kind PART, code = part code) or the labour of a service type (kind LABOUR, code =
-- IN_SHOP / ON_SITE / INSTALLATION) for one product category, as a range the charge must lie in.
CREATE SEQUENCE price_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE price_line (
    id            bigint PRIMARY KEY,
    price_list_id bigint        NOT NULL REFERENCES price_list (id) ON DELETE CASCADE,
    kind          varchar(8)    NOT NULL,
    category      varchar(32)   NOT NULL,
    code          varchar(32)   NOT NULL,
    name_en       varchar(120)  NOT NULL,
    name_zh_cn    varchar(120)  NOT NULL,
    name_zh_tw    varchar(120)  NOT NULL,
    min_price     numeric(10,2) NOT NULL,
    max_price     numeric(10,2) NOT NULL,
    CONSTRAINT price_line_unique UNIQUE (price_list_id, category, kind, code),
    CONSTRAINT price_line_kind_known CHECK (kind IN ('PART', 'LABOUR')),
    CONSTRAINT price_line_range CHECK (min_price >= 0 AND max_price >= min_price)
);
ALTER SEQUENCE price_line_seq OWNED BY price_line.id;

ALTER TABLE price_list ENABLE ROW LEVEL SECURITY;
ALTER TABLE price_list FORCE ROW LEVEL SECURITY;
CREATE POLICY price_list_published_read ON price_list FOR SELECT USING (published);
CREATE POLICY price_list_hq_all ON price_list FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());
ALTER TABLE price_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE price_line FORCE ROW LEVEL SECURITY;
CREATE POLICY price_line_published_read ON price_line FOR SELECT
    USING (EXISTS (SELECT 1 FROM price_list l WHERE l.id = price_list_id AND l.published));
CREATE POLICY price_line_hq_all ON price_line FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- A published list is history that repairs were checked against: the database refuses to change it,
-- except closing its validity when its successor is published.
CREATE FUNCTION price_list_guard_published() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.published AND (NEW.valid_from, NEW.published, NEW.note) IS DISTINCT FROM (OLD.valid_from, OLD.published, OLD.note) THEN
        RAISE EXCEPTION 'a published price list is not changed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER price_list_guard_published BEFORE UPDATE ON price_list
    FOR EACH ROW EXECUTE FUNCTION price_list_guard_published();

CREATE FUNCTION price_line_guard_published() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM price_list l WHERE l.id = coalesce(NEW.price_list_id, OLD.price_list_id) AND l.published)
       OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM price_list l WHERE l.id = OLD.price_list_id AND l.published)) THEN
        RAISE EXCEPTION 'the lines of a published price list are not changed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN coalesce(NEW, OLD);
END $$;
CREATE TRIGGER price_line_guard_published BEFORE INSERT OR UPDATE OR DELETE ON price_line
    FOR EACH ROW EXECUTE FUNCTION price_line_guard_published();

-- ---------------------------------------------------------------- warranty terms (三包)
-- Days after purchase within which the customer may return the product, have it replaced, or have it
-- repaired free of charge; configurable per product category.
CREATE TABLE warranty_term (
    category     varchar(32)  PRIMARY KEY,
    return_days  integer      NOT NULL,
    replace_days integer      NOT NULL,
    repair_days  integer      NOT NULL,
    updated_by   varchar(100) NOT NULL,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT warranty_term_order CHECK (0 <= return_days AND return_days <= replace_days AND replace_days <= repair_days)
);
ALTER TABLE warranty_term ENABLE ROW LEVEL SECURITY;
ALTER TABLE warranty_term FORCE ROW LEVEL SECURITY;
CREATE POLICY warranty_term_read ON warranty_term FOR SELECT USING (true);
CREATE POLICY warranty_term_hq_all ON warranty_term FOR ALL USING (app_is_hq()) WITH CHECK (app_is_hq());

-- ---------------------------------------------------------------- repair orders
CREATE SEQUENCE repair_order_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE repair_order (
    id                  bigint PRIMARY KEY,
    outlet_id           bigint        NOT NULL REFERENCES outlet (id),
    -- 40 characters as outlets write it; room for the predecessor's code when a replacement hands it over
    ticket_no           varchar(80)   NOT NULL,
    status              varchar(20)   NOT NULL,
    service_type        varchar(16)   NOT NULL,
    category            varchar(32)   NOT NULL,
    model               varchar(60)   NOT NULL,
    serial_no           varchar(60)   NOT NULL,
    purchase_date       date,
    fault               varchar(2000) NOT NULL,
    -- personal data: only what the job needs; an address only for on-site work and installations
    customer_name       varchar(100)  NOT NULL,
    customer_phone      varchar(40)   NOT NULL,
    customer_address    varchar(300),
    technician_id       bigint,
    received_at         timestamptz   NOT NULL,
    diagnosed_at        timestamptz,
    parts_ordered_at    timestamptz,
    repaired_at         timestamptz,
    closed_at           timestamptz,
    cancelled_at        timestamptz,
    labour_fee          numeric(10,2) NOT NULL DEFAULT 0,
    other_fees          numeric(10,2) NOT NULL DEFAULT 0,
    amount_charged      numeric(12,2) NOT NULL DEFAULT 0,
    warranty_coverage   varchar(16)   NOT NULL,
    warranty_decision   varchar(16),
    resolution          varchar(2000),
    customer_confirmed  boolean       NOT NULL DEFAULT false,
    price_list_id       bigint REFERENCES price_list (id),
    -- checks against the price list and the warranty, made whenever a charge is reported
    labour_over_range   boolean       NOT NULL DEFAULT false,
    overcharged         boolean       NOT NULL DEFAULT false,
    charged_in_warranty boolean       NOT NULL DEFAULT false,
    handed_over_from    bigint REFERENCES outlet (id),
    idempotency_key     varchar(100),
    request_hash        varchar(64),
    created_by          varchar(100)  NOT NULL,
    version             integer       NOT NULL DEFAULT 0,
    CONSTRAINT repair_ticket_unique UNIQUE (outlet_id, ticket_no),
    CONSTRAINT repair_technician_of_outlet FOREIGN KEY (technician_id, outlet_id) REFERENCES technician (id, outlet_id),
    CONSTRAINT repair_status_known CHECK (status IN ('RECEIVED', 'DIAGNOSED', 'WAITING_FOR_PARTS', 'REPAIRED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT repair_service_type_known CHECK (service_type IN ('IN_SHOP', 'ON_SITE', 'INSTALLATION')),
    CONSTRAINT repair_coverage_known CHECK (warranty_coverage IN ('RETURN', 'REPLACEMENT', 'FREE_REPAIR', 'NONE', 'UNKNOWN')),
    CONSTRAINT repair_decision_known CHECK (warranty_decision IS NULL OR warranty_decision IN ('RETURN', 'REPLACEMENT', 'FREE_REPAIR', 'PAID_REPAIR')),
    CONSTRAINT repair_fees_not_negative CHECK (labour_fee >= 0 AND other_fees >= 0 AND amount_charged >= 0),
    CONSTRAINT repair_purchase_before_receipt CHECK (purchase_date IS NULL OR purchase_date <= (received_at AT TIME ZONE 'Asia/Shanghai')::date),
    CONSTRAINT repair_address_for_visits CHECK (service_type = 'IN_SHOP' OR customer_address IS NOT NULL)
);
ALTER SEQUENCE repair_order_seq OWNED BY repair_order.id;
-- the outlet's own list, newest first, is the keyset the API pages with
CREATE INDEX repair_outlet_received ON repair_order (outlet_id, received_at DESC, id DESC);
CREATE INDEX repair_outlet_status ON repair_order (outlet_id, status, received_at DESC, id DESC);
CREATE INDEX repair_outlet_serial ON repair_order (outlet_id, serial_no);
CREATE INDEX repair_outlet_model ON repair_order (outlet_id, model, received_at DESC);
CREATE UNIQUE INDEX repair_idempotency ON repair_order (outlet_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- HQ's views across outlets: repeat repairs of one appliance, and the flagged orders
CREATE INDEX repair_serial_received ON repair_order (serial_no, received_at);
CREATE INDEX repair_flagged ON repair_order (received_at DESC, id DESC) WHERE overcharged OR charged_in_warranty;

CREATE SEQUENCE repair_part_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE repair_part (
    id          bigint PRIMARY KEY,
    outlet_id   bigint        NOT NULL,
    repair_id   bigint        NOT NULL REFERENCES repair_order (id) ON DELETE CASCADE,
    line_no     integer       NOT NULL,
    part_code   varchar(32)   NOT NULL,
    quantity    integer       NOT NULL,
    unit_price  numeric(10,2) NOT NULL,
    min_price   numeric(10,2),
    max_price   numeric(10,2),
    over_range  boolean       NOT NULL DEFAULT false,
    CONSTRAINT repair_part_line_unique UNIQUE (outlet_id, repair_id, line_no),
    CONSTRAINT repair_part_quantity CHECK (quantity > 0),
    CONSTRAINT repair_part_price CHECK (unit_price >= 0)
);
ALTER SEQUENCE repair_part_seq OWNED BY repair_part.id;
CREATE INDEX repair_part_repair ON repair_part (repair_id);

ALTER TABLE repair_order ENABLE ROW LEVEL SECURITY;
ALTER TABLE repair_order FORCE ROW LEVEL SECURITY;
CREATE POLICY repair_order_own_all ON repair_order FOR ALL
    USING (outlet_id = app_outlet_id()) WITH CHECK (outlet_id = app_outlet_id());
-- HQ reads every repair and hands open ones over when it replaces an outlet; it does not report repairs
CREATE POLICY repair_order_hq_read ON repair_order FOR SELECT USING (app_is_hq());
CREATE POLICY repair_order_hq_hand_over ON repair_order FOR UPDATE USING (app_is_hq()) WITH CHECK (app_is_hq());
ALTER TABLE repair_part ENABLE ROW LEVEL SECURITY;
ALTER TABLE repair_part FORCE ROW LEVEL SECURITY;
CREATE POLICY repair_part_own_all ON repair_part FOR ALL
    USING (outlet_id = app_outlet_id()) WITH CHECK (outlet_id = app_outlet_id());
CREATE POLICY repair_part_hq_read ON repair_part FOR SELECT USING (app_is_hq());
CREATE POLICY repair_part_hq_hand_over ON repair_part FOR UPDATE USING (app_is_hq()) WITH CHECK (app_is_hq());
