-- Client insight (klantvolgsysteem): the client record, its histories and the tenant's own
-- configuration of statuses, profile criteria, segmentation scales, competences and interventions.
-- Histories are rows with validity periods; nothing is overwritten.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Configuration per tenant -------------------------------------------------------------------

CREATE TABLE status_types (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  kind text NOT NULL CHECK (kind IN ('benefit', 'exemption', 'employment', 'secondment', 'work_experience', 'other')),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  -- Benefit: the legal regimes to choose from (Participatiewet, Wsw, WW, …).
  regimes text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);

CREATE TABLE profile_criteria (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  value_type text NOT NULL CHECK (value_type IN ('text', 'number', 'boolean', 'date', 'choice', 'multi_choice')),
  -- For choice and multi_choice: [{"value": "...", "labelNl": "...", "labelEn": "..."}]
  options jsonb NOT NULL DEFAULT '[]',
  visible_to text[] NOT NULL DEFAULT '{coach,manager}',
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);

CREATE TABLE segment_scales (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  -- [{"value": 1, "labelNl": "...", "labelEn": "..."}], low to high
  levels jsonb NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);

CREATE TABLE competences (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);

CREATE TABLE intervention_types (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  category text NOT NULL DEFAULT 'other',
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (tenant_id, code)
);

-- The client --------------------------------------------------------------------------------

CREATE TABLE clients (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_number text NOT NULL,
  source_system text,
  source_id text,
  initials text,
  first_names text NOT NULL,
  tussenvoegsel text,
  surname text NOT NULL,
  date_of_birth date CHECK (date_of_birth > '1900-01-01'),
  bsn_sealed text,
  bsn_hash text,
  street text,
  house_number text,
  postcode text CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
  city text,
  phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email text,
  preferred_language text NOT NULL DEFAULT 'nl',
  preferred_channel text NOT NULL DEFAULT 'app' CHECK (preferred_channel IN ('app', 'sms', 'email', 'letter')),
  intake_date date,
  outflow_date date,
  outflow_reason text,
  -- Lower-case, accent-free name for typo-tolerant search.
  search_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, client_number),
  UNIQUE (tenant_id, source_system, source_id),
  UNIQUE (tenant_id, bsn_hash),
  CHECK (outflow_date IS NULL OR intake_date IS NULL OR outflow_date >= intake_date)
);
CREATE INDEX clients_search_name ON clients USING gin (search_name gin_trgm_ops);
CREATE INDEX clients_birth ON clients (tenant_id, date_of_birth);
CREATE INDEX clients_postcode ON clients (tenant_id, postcode);

-- Who is responsible: a team and (usually) a coach, over time.
CREATE TABLE client_assignments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  team_id uuid,
  coach_id uuid,
  valid_from timestamptz NOT NULL DEFAULT now(),
  valid_to timestamptz,
  recorded_by uuid,
  reason text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id),
  FOREIGN KEY (tenant_id, coach_id) REFERENCES users (tenant_id, id),
  CHECK (valid_to IS NULL OR valid_to > valid_from),
  EXCLUDE USING gist (tenant_id WITH =, client_id WITH =, tstzrange(valid_from, valid_to) WITH &&)
);
CREATE INDEX client_assignments_current_coach ON client_assignments (tenant_id, coach_id) WHERE valid_to IS NULL;
CREATE INDEX client_assignments_current_team ON client_assignments (tenant_id, team_id) WHERE valid_to IS NULL;
CREATE INDEX client_assignments_client ON client_assignments (tenant_id, client_id, valid_from DESC);

CREATE TABLE client_statuses (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  status_code text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  -- Planned end (an exemption until …), regime (for a benefit), employer or place, hours.
  planned_end date,
  regime text,
  organisation text,
  note text,
  source_system text,
  source_id text,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, status_code) REFERENCES status_types (tenant_id, code),
  UNIQUE (tenant_id, source_system, source_id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (planned_end IS NULL OR planned_end >= valid_from),
  EXCLUDE USING gist (tenant_id WITH =, client_id WITH =, status_code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE INDEX client_statuses_client ON client_statuses (tenant_id, client_id, valid_from DESC);
CREATE INDEX client_statuses_current ON client_statuses (tenant_id, status_code) WHERE valid_to IS NULL;

CREATE TABLE client_segment_scores (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  scale_code text NOT NULL,
  value integer NOT NULL,
  assessed_on date NOT NULL,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, scale_code) REFERENCES segment_scales (tenant_id, code)
);
CREATE INDEX client_segment_scores_client ON client_segment_scores (tenant_id, client_id, assessed_on DESC);

-- The development card (ontwikkelkaart): competence scores over time (1–5).
CREATE TABLE client_competence_scores (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  competence_code text NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
  assessed_on date NOT NULL,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, competence_code) REFERENCES competences (tenant_id, code)
);
CREATE INDEX client_competence_scores_client ON client_competence_scores (tenant_id, client_id, assessed_on DESC);

-- The diagnosis: skills and living situation, as assessed on a date (by a coach or Dariuz).
CREATE TABLE client_diagnoses (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  assessed_on date NOT NULL,
  source text NOT NULL DEFAULT 'coach',
  skills text[] NOT NULL DEFAULT '{}',
  -- {"housing": "stable", "finances": "debts", …} in the coach's or the tool's words
  living_situation jsonb NOT NULL DEFAULT '{}',
  summary text,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);
CREATE INDEX client_diagnoses_client ON client_diagnoses (tenant_id, client_id, assessed_on DESC);

CREATE TABLE client_profile_values (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  criterion_code text NOT NULL,
  value jsonb NOT NULL,
  valid_from timestamptz NOT NULL DEFAULT now(),
  valid_to timestamptz,
  source text NOT NULL DEFAULT 'coach' CHECK (source IN ('coach', 'client', 'import')),
  recorded_by uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, criterion_code) REFERENCES profile_criteria (tenant_id, code),
  EXCLUDE USING gist (tenant_id WITH =, client_id WITH =, criterion_code WITH =, tstzrange(valid_from, valid_to) WITH &&)
);
CREATE INDEX client_profile_values_client ON client_profile_values (tenant_id, client_id) WHERE valid_to IS NULL;
CREATE INDEX client_profile_values_criterion ON client_profile_values USING gin (value jsonb_path_ops) WHERE valid_to IS NULL;

CREATE TABLE client_interventions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  type_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
  start_date date NOT NULL,
  end_date date,
  outcome text CHECK (outcome IN ('successful', 'partly_successful', 'not_successful', 'stopped')),
  outcome_note text,
  source_system text,
  source_id text,
  registered_by uuid,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, type_code) REFERENCES intervention_types (tenant_id, code),
  UNIQUE (tenant_id, source_system, source_id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX client_interventions_client ON client_interventions (tenant_id, client_id, start_date DESC);

-- The plan of action (plan van aanpak): goals, and steps agreed with the client.
CREATE TABLE client_plans (
  tenant_id uuid NOT NULL,
  client_id uuid NOT NULL,
  agreed_on date,
  review_on date,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);

CREATE TABLE plan_goals (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  target_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);
CREATE INDEX plan_goals_client ON plan_goals (tenant_id, client_id);

CREATE TABLE plan_steps (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  goal_id uuid,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  responsible text NOT NULL DEFAULT 'client' CHECK (responsible IN ('client', 'coach', 'other')),
  due_date date,
  intervention_id uuid,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES plan_goals (tenant_id, id),
  FOREIGN KEY (tenant_id, intervention_id) REFERENCES client_interventions (tenant_id, id)
);
CREATE INDEX plan_steps_client ON plan_steps (tenant_id, client_id);

CREATE TABLE client_notes (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  author_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);
CREATE INDEX client_notes_client ON client_notes (tenant_id, client_id, created_at DESC);

-- One timeline of everything that happened to a client: every recording adds an event.
CREATE TABLE client_events (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  kind text NOT NULL,
  actor_id uuid,
  data jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);
CREATE INDEX client_events_client ON client_events (tenant_id, client_id, occurred_at DESC);

-- Access outside one's caseload and team ("break the glass"), with the reason, for a while.
CREATE TABLE client_access_grants (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  user_id uuid NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 5 AND 500),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX client_access_grants_user ON client_access_grants (tenant_id, user_id, client_id, expires_at);

-- Messages to staff inside Koers (e.g. a team lead told of a break-the-glass access).
CREATE TABLE staff_notifications (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  kind text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX staff_notifications_user ON staff_notifications (tenant_id, user_id, created_at DESC);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'status_types', 'profile_criteria', 'segment_scales', 'competences', 'intervention_types',
    'clients', 'client_assignments', 'client_statuses', 'client_segment_scores', 'client_competence_scores',
    'client_diagnoses', 'client_profile_values', 'client_interventions', 'client_plans', 'plan_goals',
    'plan_steps', 'client_notes', 'client_events', 'client_access_grants', 'staff_notifications']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;

-- Histories are appended to, never deleted; configuration and plan rows may be deleted.
GRANT DELETE ON status_types, profile_criteria, segment_scales, competences, intervention_types, client_access_grants TO koers_app;

-- Client numbers for clients that come without one: K0000001, K0000002, …
CREATE SEQUENCE client_number_seq;
GRANT USAGE ON SEQUENCE client_number_seq TO koers_app;
