-- The caseload summary: one row per client with what "Mijn caseload" shows, sorts and mostly
-- filters on besides the open signals (current coach and team, name, intake, last contact,
-- current statuses), kept up to date in the same transaction as every change that affects it,
-- so that a caseload is one index range scan instead of an aggregation over the client tables.
-- The open signals stay in client_signals, whose open-signal index the caseload reads along:
-- signals change far more often (the hourly recompute, a threshold) than these facts do.

-- "Berg, A. van den": the name as lists show and sort it (the same as sortName in
-- src/server/modules/clients/names.ts). One expression, so that it is inlined into the queries.
CREATE FUNCTION koers_sort_name(initials text, first_names text, tussenvoegsel text, surname text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(array_remove(ARRAY[
    btrim(regexp_replace(coalesce(surname, ''), '\s+', ' ', 'g')) || ',',
    coalesce(
      nullif(btrim(regexp_replace(coalesce(initials, ''), '\s+', ' ', 'g')), ''),
      upper(regexp_replace(btrim(regexp_replace(coalesce(first_names, ''), '\s+', ' ', 'g')), '(\S)\S* ?', '\1.', 'g'))),
    btrim(regexp_replace(coalesce(tussenvoegsel, ''), '\s+', ' ', 'g'))
  ], ''), ' ')
$$;

-- The order of names in a list, the same on every database whatever its collation: lower case,
-- accents folded ("Öztürk" between "Oost" and "Pauw").
CREATE FUNCTION koers_sort_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN octet_length(name) = char_length(name) THEN lower(name) ELSE lower(translate(name,
    'ÀÁÂÃÄÅàáâãäåÇçĆćČčÈÉÊËèéêëĘęĖėÌÍÎÏìíîïİıÑñŃńÒÓÔÕÖØòóôõöøŠšŚśŞşÙÚÛÜùúûüÝýÿŽžŹźŻżĞğ',
    'AAAAAAaaaaaaCcCcCcEEEEeeeeEeEeIIIIiiiiIiNnNnOOOOOOooooooSsSsSsUUUUuuuuYyyZzZzZzGg')) END
$$;

CREATE TABLE client_caseload_summary (
  tenant_id uuid NOT NULL,
  client_id uuid NOT NULL,
  coach_id uuid,
  team_id uuid,
  client_number text NOT NULL,
  sort_name text NOT NULL,
  sort_key text NOT NULL,
  intake_date date,
  outflow_date date,
  last_contact_at timestamptz,
  -- The statuses in force today: [{statusCode, regime}]; and the first day an open status that
  -- has not begun yet comes into force, when the scheduled recompute refreshes the row.
  statuses jsonb NOT NULL DEFAULT '[]',
  next_status_from date,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id) ON DELETE CASCADE
) WITH (fillfactor = 90);

SET LOCAL work_mem = '256MB';

-- The backfill: every client, set-based (one pass over each table, hash joins), before the
-- indexes exist.
INSERT INTO client_caseload_summary (tenant_id, client_id, coach_id, team_id, client_number, sort_name, sort_key, intake_date, outflow_date,
  last_contact_at, statuses, next_status_from)
SELECT c.tenant_id, c.id, a.coach_id, a.team_id, c.client_number, n.sort_name, koers_sort_key(n.sort_name), c.intake_date, c.outflow_date,
       k.last_contact_at, coalesce(s.statuses, '[]'), s.next_from
  FROM clients c
  CROSS JOIN LATERAL (SELECT koers_sort_name(c.initials, c.first_names, c.tussenvoegsel, c.surname) AS sort_name OFFSET 0) n
  LEFT JOIN (
    SELECT DISTINCT ON (tenant_id, client_id) tenant_id, client_id, coach_id, team_id
      FROM client_assignments WHERE valid_to IS NULL
     ORDER BY tenant_id, client_id, valid_from DESC
  ) a ON a.tenant_id = c.tenant_id AND a.client_id = c.id
  LEFT JOIN (
    SELECT tenant_id, client_id, max(contacted_at) AS last_contact_at FROM client_contacts GROUP BY tenant_id, client_id
  ) k ON k.tenant_id = c.tenant_id AND k.client_id = c.id
  LEFT JOIN (
    SELECT tenant_id, client_id,
           jsonb_agg(jsonb_build_object('statusCode', status_code, 'regime', regime) ORDER BY valid_from, status_code)
             FILTER (WHERE valid_from <= (now() AT TIME ZONE 'Europe/Amsterdam')::date) AS statuses,
           min(valid_from) FILTER (WHERE valid_from > (now() AT TIME ZONE 'Europe/Amsterdam')::date) AS next_from
      FROM client_statuses WHERE valid_to IS NULL
     GROUP BY tenant_id, client_id
  ) s ON s.tenant_id = c.tenant_id AND s.client_id = c.id;

-- A coach's caseload and a team's, with what the orders and the total need, so that these come
-- from the index alone and only the rows of the page shown are read from the table; and the
-- rows the scheduled recompute refreshes when a status comes into force.
CREATE INDEX client_caseload_summary_coach ON client_caseload_summary (tenant_id, coach_id)
  INCLUDE (sort_key, intake_date, last_contact_at) WHERE outflow_date IS NULL;
CREATE INDEX client_caseload_summary_team ON client_caseload_summary (tenant_id, team_id)
  INCLUDE (coach_id, sort_key, intake_date, last_contact_at) WHERE outflow_date IS NULL;
CREATE INDEX client_caseload_summary_next_status ON client_caseload_summary (tenant_id, next_status_from) WHERE next_status_from IS NOT NULL;

ALTER TABLE client_caseload_summary ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON client_caseload_summary
  USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant());
GRANT SELECT, INSERT, UPDATE ON client_caseload_summary TO koers_app;

-- Statistics for the first caseloads; a fresh visibility map (for index-only scans) comes with
-- the first autovacuum.
ANALYZE client_caseload_summary;
