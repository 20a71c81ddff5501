-- Foundation: tenants, staff identity, sessions and the audit log.
-- Every tenant-owned table carries tenant_id in its primary key and in every foreign key, and
-- row-level security limits the application role (koers_app) to the tenant of its transaction.

DO $$
BEGIN
  CREATE ROLE koers_app NOLOGIN NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

CREATE FUNCTION koers_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 63),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  is_demo boolean NOT NULL DEFAULT false,
  primary_color text NOT NULL DEFAULT '#154273' CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
  accent_color text NOT NULL DEFAULT '#e17000' CHECK (accent_color ~ '^#[0-9a-f]{6}$'),
  logo bytea,
  logo_media_type text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);

CREATE TABLE users (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  email text,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  totp_secret text,
  totp_last_step bigint,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, username)
);

CREATE TABLE user_roles (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('coach', 'editor', 'account_manager', 'manager', 'admin')),
  PRIMARY KEY (tenant_id, user_id, role),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE team_members (
  tenant_id uuid NOT NULL,
  team_id uuid NOT NULL,
  user_id uuid NOT NULL,
  is_lead boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, team_id, user_id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX team_members_user ON team_members (tenant_id, user_id);

CREATE TABLE recovery_codes (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (tenant_id, user_id, code_hash),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE sessions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  token_hash text NOT NULL,
  user_id uuid NOT NULL,
  stage text NOT NULL CHECK (stage IN ('second-factor', 'enrolment', 'active')),
  csrf_token text NOT NULL,
  pending_totp_secret text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_expiry ON sessions (tenant_id, idle_expires_at);
CREATE INDEX sessions_user ON sessions (tenant_id, user_id);

-- The audit log follows the Logboek Dataverwerkingen: one row per processing operation, with
-- trace and span ids, the processing activity, the data subject and the outcome. The
-- application role may only add and read rows.
CREATE TABLE audit_events (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  trace_id text NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
  span_id text NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'client', 'system', 'anonymous')),
  actor_id uuid,
  data_subject_type text,
  data_subject_id text,
  processing_activity text NOT NULL,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure')),
  attributes jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_time ON audit_events (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX audit_events_actor ON audit_events (tenant_id, actor_id, occurred_at DESC);
CREATE INDEX audit_events_subject ON audit_events (tenant_id, data_subject_type, data_subject_id, occurred_at DESC);

-- Row-level security.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenants_public_read ON tenants FOR SELECT USING (true);
CREATE POLICY tenants_own_update ON tenants FOR UPDATE
  USING (id = koers_current_tenant()) WITH CHECK (id = koers_current_tenant());

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['teams', 'users', 'user_roles', 'team_members', 'recovery_codes', 'sessions', 'audit_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
  END LOOP;
END $$;

GRANT USAGE ON SCHEMA public TO koers_app;
GRANT EXECUTE ON FUNCTION koers_current_tenant() TO koers_app;
GRANT SELECT ON tenants TO koers_app;
GRANT UPDATE (name, primary_color, accent_color, logo, logo_media_type, updated_at) ON tenants TO koers_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON teams, users, user_roles, team_members, recovery_codes, sessions TO koers_app;
GRANT SELECT, INSERT ON audit_events TO koers_app;
