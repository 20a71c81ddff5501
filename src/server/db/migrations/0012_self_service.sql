-- Self-service in the client app: the coach's contact card (phone, when to reach them, a photo),
-- what a scheduled day asks of the client (address, what they do, bring and wear), sick reports
-- and leave requests made by the client.

-- The contact card a client sees of their coach. The phone number is kept as E.164.
ALTER TABLE users
  ADD COLUMN contact_phone text CHECK (contact_phone ~ '^\+[1-9][0-9]{6,14}$'),
  ADD COLUMN availability text CHECK (length(availability) BETWEEN 1 AND 300);

-- A small photo per staff user (JPEG, PNG or WebP, at most 300 kB), apart from the users table
-- so that reading users never drags the image along.
CREATE TABLE staff_photos (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  data bytea NOT NULL CHECK (octet_length(data) BETWEEN 1 AND 307200),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);

-- "Waar moet ik zijn?": what the client needs to know about a scheduled day.
ALTER TABLE attendance_schedules
  ADD COLUMN address text CHECK (length(address) BETWEEN 1 AND 300),
  ADD COLUMN activity text CHECK (length(activity) BETWEEN 1 AND 500),
  ADD COLUMN what_to_bring text CHECK (length(what_to_bring) BETWEEN 1 AND 500),
  ADD COLUMN what_to_wear text CHECK (length(what_to_wear) BETWEEN 1 AND 500);

-- "Ik ben ziek" from the app, until "Ik ben weer beter". At most one report is open per client,
-- which makes a second tap harmless.
CREATE TABLE sick_reports (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  first_day date NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  recovered_on date,
  recovered_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  CHECK ((recovered_on IS NULL) = (recovered_at IS NULL)),
  CHECK (recovered_on IS NULL OR recovered_on >= first_day)
);
CREATE UNIQUE INDEX sick_reports_open ON sick_reports (tenant_id, client_id) WHERE recovered_on IS NULL;
CREATE INDEX sick_reports_client ON sick_reports (tenant_id, client_id, first_day DESC);

-- A client asks for leave for a day or a period; the coach approves or declines.
CREATE TABLE leave_requests (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  reason text CHECK (length(reason) BETWEEN 1 AND 500),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'declined')),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  decision_note text CHECK (length(decision_note) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES users (tenant_id, id),
  CHECK (last_day >= first_day AND last_day - first_day < 365),
  CHECK ((status = 'requested') = (decided_at IS NULL)),
  CHECK ((decided_at IS NULL) = (decided_by IS NULL))
);
CREATE INDEX leave_requests_client ON leave_requests (tenant_id, client_id, first_day DESC);

CREATE INDEX staff_notifications_unread ON staff_notifications (tenant_id, user_id) WHERE read_at IS NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['staff_photos', 'sick_reports', 'leave_requests']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;
GRANT DELETE ON staff_photos TO koers_app;
