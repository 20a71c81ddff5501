-- What a client adds to or corrects in their own record from the app ("Mijn gegevens").
-- A free addition ("Ik doe vrijwilligerswerk bij de voedselbank") is kept as the client wrote
-- it, marked as theirs. A correction of contact details is a proposal: the coach accepts it
-- (then it is applied to the record through the usual change path) or rejects it, with a note
-- the client sees.
CREATE TABLE client_additions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('addition', 'correction')),
  -- The client's own words: the addition, or why the details are wrong.
  body text CHECK (body IS NULL OR length(body) BETWEEN 1 AND 2000),
  -- A correction's proposed contact details, only the fields the client changed, normalised
  -- (phone as E.164, postcode as "1234 AB"): {"phone": …, "email": …, "street": …, …}.
  proposed jsonb,
  state text NOT NULL CHECK (state IN ('added', 'proposed', 'accepted', 'rejected')),
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  decision_note text CHECK (decision_note IS NULL OR length(decision_note) BETWEEN 1 AND 1000),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES users (tenant_id, id),
  CHECK ((kind = 'addition') = (state = 'added')),
  CHECK (kind = 'addition' OR proposed IS NOT NULL),
  CHECK (kind = 'correction' OR body IS NOT NULL),
  CHECK ((state IN ('accepted', 'rejected')) = (decided_at IS NOT NULL))
);
CREATE INDEX client_additions_client ON client_additions (tenant_id, client_id, created_at DESC);

ALTER TABLE client_additions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON client_additions
  USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant());
GRANT SELECT, INSERT, UPDATE ON client_additions TO koers_app;
