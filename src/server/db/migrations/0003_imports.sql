-- Importing from existing systems (Suite/Civision, Sonar, Dariuz, spreadsheets): saved column
-- mappings, import runs with their progress and per-row outcome, and the uploaded file while a
-- run needs it (so a run resumes after a crash).

-- How the columns of one system's export map to Koers fields; saved once, used for every file.
CREATE TABLE import_mappings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Also the folder name of the scheduled pick-up, hence a slug.
  name text NOT NULL CHECK (name ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(name) <= 63),
  kind text NOT NULL CHECK (kind IN ('clients', 'statuses', 'interventions', 'assignments')),
  -- The system whose ids the rows carry: clients, statuses and interventions are matched on it.
  source_system text NOT NULL CHECK (source_system ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(source_system) <= 40),
  -- [{"field": "bsn", "column": "BSN"}, …]
  columns jsonb NOT NULL,
  -- {"delimiter": ";", "encoding": "auto", "sheet": "Klanten", "valueMaps": [{"field": …, "from": …, "to": …}]}
  options jsonb NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);

CREATE TABLE import_runs (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('clients', 'statuses', 'interventions', 'assignments')),
  -- The mapping may be changed or deleted later; the run keeps what it was started with.
  mapping_id uuid,
  mapping_name text NOT NULL,
  mapping jsonb NOT NULL,
  source_system text NOT NULL,
  dry_run boolean NOT NULL,
  origin text NOT NULL CHECK (origin IN ('api', 'folder', 'cli')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  file_name text NOT NULL,
  file_size integer NOT NULL CHECK (file_size >= 0),
  file_sha256 text NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  encoding text,
  delimiter text,
  total_rows integer NOT NULL CHECK (total_rows >= 0),
  batch_size integer NOT NULL CHECK (batch_size > 0),
  -- Rows before next_row (0-based, in file order) are done; a resumed run goes on from here.
  next_row integer NOT NULL DEFAULT 0 CHECK (next_row >= 0 AND next_row <= total_rows),
  created_count integer NOT NULL DEFAULT 0,
  changed_count integer NOT NULL DEFAULT 0,
  unchanged_count integer NOT NULL DEFAULT 0,
  rejected_count integer NOT NULL DEFAULT 0,
  -- Why a run failed as a whole, in words without personal data.
  failure text,
  requested_by uuid,
  trace_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, mapping_id) REFERENCES import_mappings (tenant_id, id) ON DELETE SET NULL (mapping_id),
  FOREIGN KEY (tenant_id, requested_by) REFERENCES users (tenant_id, id),
  CHECK (created_count + changed_count + unchanged_count + rejected_count = next_row)
);
CREATE INDEX import_runs_recent ON import_runs (tenant_id, created_at DESC);
CREATE INDEX import_runs_unfinished ON import_runs (tenant_id) WHERE status IN ('queued', 'running');

-- The uploaded file, kept while the run may still need it (queued or running), then deleted.
CREATE TABLE import_files (
  tenant_id uuid NOT NULL,
  run_id uuid NOT NULL,
  content bytea NOT NULL,
  PRIMARY KEY (tenant_id, run_id),
  FOREIGN KEY (tenant_id, run_id) REFERENCES import_runs (tenant_id, id) ON DELETE CASCADE
);

-- What happened to each row, written in the same transaction as the row's data.
CREATE TABLE import_run_rows (
  tenant_id uuid NOT NULL,
  run_id uuid NOT NULL,
  -- The row number as a spreadsheet shows it: the header is row 1.
  row_number integer NOT NULL CHECK (row_number >= 2),
  source_id text,
  outcome text NOT NULL CHECK (outcome IN ('created', 'changed', 'unchanged', 'rejected')),
  client_id uuid,
  changed_fields text[] NOT NULL DEFAULT '{}',
  -- [{"field": "bsn", "column": "BSN", "message": "is not a valid BSN (elfproef)"}]: never the values
  errors jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (tenant_id, run_id, row_number),
  FOREIGN KEY (tenant_id, run_id) REFERENCES import_runs (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX import_run_rows_outcome ON import_run_rows (tenant_id, run_id, outcome, row_number);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['import_mappings', 'import_runs', 'import_files', 'import_run_rows']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;

-- Mappings are configuration; a file is deleted once its run is over.
GRANT DELETE ON import_mappings, import_files TO koers_app;
