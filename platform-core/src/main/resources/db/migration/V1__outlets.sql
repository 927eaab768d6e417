-- ServiceNet schema, version 1: outlets (the tenants) and the row-level security that isolates them.
-- Runs as the schema owner; the application connects as ${appRole}, which gets DML only.
--
-- Every policy reads the tenant from transaction-local settings made by TenantSessionInterceptor.
-- NULLIF(...,'') matters: after a transaction-local setting ends, the value reads back as '' on a
-- reused connection, and a bare ::bigint cast would fail there.

CREATE SEQUENCE outlet_seq;

CREATE TABLE outlet (
    id         bigint PRIMARY KEY DEFAULT nextval('outlet_seq'),
    code       varchar(32)  NOT NULL,
    legal_name varchar(200) NOT NULL,
    status     varchar(16)  NOT NULL,
    version    integer      NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT outlet_code_unique UNIQUE (code),
    CONSTRAINT outlet_code_not_blank CHECK (btrim(code) <> ''),
    CONSTRAINT outlet_status_known CHECK (status IN ('CANDIDATE', 'PROBATION', 'ACTIVE', 'SUSPENDED', 'TERMINATED'))
);
ALTER SEQUENCE outlet_seq OWNED BY outlet.id;

CREATE FUNCTION app_outlet_id() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.outlet_id', true), '')::bigint $$;

CREATE FUNCTION app_is_hq() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(current_setting('app.hq', true), '') = 'on' $$;

ALTER TABLE outlet ENABLE ROW LEVEL SECURITY;
ALTER TABLE outlet FORCE ROW LEVEL SECURITY;

-- An outlet's users read their own outlet; HQ reads and writes all of them.
CREATE POLICY outlet_own_read ON outlet FOR SELECT
    USING (id = app_outlet_id());
CREATE POLICY outlet_hq_all ON outlet FOR ALL
    USING (app_is_hq())
    WITH CHECK (app_is_hq());

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
