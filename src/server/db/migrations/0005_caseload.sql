-- Caseload overview: signals per client (raised, ended, snoozed — all kept), the tenant's
-- signal settings, attendance (schedules and the register) and saved caseload views.

CREATE TABLE signal_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  signal_code text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  threshold integer,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, signal_code)
);

CREATE TABLE client_signals (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  signal_code text NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('resolved', 'snoozed', 'disabled')),
  snoozed_until date,
  snooze_reason text,
  ended_by uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
  CHECK (end_reason <> 'snoozed' OR (snoozed_until IS NOT NULL AND snooze_reason IS NOT NULL))
);
CREATE UNIQUE INDEX client_signals_open ON client_signals (tenant_id, client_id, signal_code) WHERE ended_at IS NULL;
CREATE INDEX client_signals_snoozed ON client_signals (tenant_id, client_id, signal_code, snoozed_until) WHERE end_reason = 'snoozed';
CREATE INDEX client_signals_client ON client_signals (tenant_id, client_id, raised_at DESC);

-- Scheduled days at a work-learning centre or an employer.
CREATE TABLE attendance_schedules (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  location text NOT NULL CHECK (length(location) BETWEEN 1 AND 200),
  -- ISO weekdays the client is expected: 1 = Monday … 7 = Sunday.
  weekdays smallint[] NOT NULL CHECK (array_length(weekdays, 1) >= 1 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
  starts_at time NOT NULL,
  ends_at time NOT NULL CHECK (ends_at > starts_at),
  valid_from date NOT NULL,
  valid_to date,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX attendance_schedules_client ON attendance_schedules (tenant_id, client_id);

-- The register: one row per client and day; a correction adds a row that supersedes the last.
CREATE TABLE attendance_records (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  schedule_id uuid NOT NULL,
  day date NOT NULL,
  status text NOT NULL CHECK (status IN ('present', 'sick', 'leave', 'absent_with_notice', 'absent_without_notice')),
  checked_in_at timestamptz,
  checked_out_at timestamptz,
  note text,
  source text NOT NULL DEFAULT 'register' CHECK (source IN ('register', 'check-in', 'client', 'import')),
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  superseded_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, schedule_id) REFERENCES attendance_schedules (tenant_id, id),
  CHECK (checked_out_at IS NULL OR checked_in_at IS NULL OR checked_out_at >= checked_in_at)
);
CREATE UNIQUE INDEX attendance_records_current ON attendance_records (tenant_id, client_id, day) WHERE superseded_at IS NULL;
CREATE INDEX attendance_records_absent ON attendance_records (tenant_id, day) WHERE status = 'absent_without_notice' AND superseded_at IS NULL;

-- Contacts with the client (a conversation, a call, a home visit …), for "no contact for N weeks".
CREATE TABLE client_contacts (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  contacted_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('conversation', 'phone', 'video', 'home_visit', 'email', 'sms', 'chat', 'letter')),
  summary text CHECK (length(summary) <= 2000),
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);
CREATE INDEX client_contacts_client ON client_contacts (tenant_id, client_id, contacted_at DESC);

CREATE TABLE caseload_views (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  filters jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, user_id, name),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['signal_settings', 'client_signals', 'attendance_schedules', 'attendance_records', 'client_contacts', 'caseload_views']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;
GRANT DELETE ON caseload_views TO koers_app;
