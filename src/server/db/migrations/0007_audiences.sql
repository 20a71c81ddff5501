-- Audiences: who a message goes to. A dynamic audience is a definition (conditions in AND/OR
-- groups over profile, statuses, phase, segmentation, caseload, secondments, interventions,
-- message behaviour and other audiences); a static audience is a list of picked clients.
-- audience_members always holds the current members of every saved audience: triggers on the
-- client tables queue the clients a change touches, a worker re-evaluates them within seconds,
-- and an hourly refresh catches what time alone changes (see docs/decisions/0007-audiences.md).

CREATE TABLE audiences (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 1000),
  kind text NOT NULL CHECK (kind IN ('dynamic', 'static')),
  -- Dynamic: {"match": "all"|"any", "groups": [{"match": …, "conditions": [...]}]}.
  definition jsonb,
  -- The audiences named in membership conditions, directly (for cycles and cascades).
  referenced_audiences uuid[] NOT NULL DEFAULT '{}',
  -- The client tables whose changes can change membership, those of referenced audiences included.
  depends_on text[] NOT NULL DEFAULT '{clients}',
  member_count integer NOT NULL DEFAULT 0,
  refreshed_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name),
  CHECK ((kind = 'dynamic') = (definition IS NOT NULL))
);

-- The picked or uploaded clients of a static audience.
CREATE TABLE audience_static_members (
  tenant_id uuid NOT NULL,
  audience_id uuid NOT NULL,
  client_id uuid NOT NULL,
  added_by uuid,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, audience_id, client_id),
  FOREIGN KEY (tenant_id, audience_id) REFERENCES audiences (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);

-- Current membership of every saved audience, dynamic and static; `since` is when the client
-- last entered. Derived data (a materialised predicate over the client tables), written in bulk
-- by the refresh: no foreign keys, whose per-row checks would double the cost of a large refresh;
-- deleting an audience deletes its members in the same transaction.
CREATE TABLE audience_members (
  tenant_id uuid NOT NULL,
  audience_id uuid NOT NULL,
  client_id uuid NOT NULL,
  since timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, audience_id, client_id)
);
CREATE INDEX audience_members_client ON audience_members (tenant_id, client_id);

-- Clients whose data changed since the worker last looked: written by the triggers below,
-- drained (and deleted in the same transaction as the membership it updates) by the worker.
CREATE TABLE audience_queue (
  tenant_id uuid NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  client_id uuid NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id)
);

-- What counting an audience reads, as index-only scans, both per client (a probe from the most
-- selective condition) and over a whole organisation: a client's intake and outflow dates, the
-- clients with a status, the current values of one profile criterion, the latest score per
-- client on a scale (in order, so no sort), and message behaviour in a window.
CREATE INDEX clients_audience ON clients (tenant_id, id) INCLUDE (intake_date, outflow_date);
CREATE INDEX client_statuses_audience ON client_statuses (tenant_id, status_code, client_id)
  INCLUDE (valid_from, valid_to, regime, organisation);
CREATE INDEX client_profile_values_audience ON client_profile_values (tenant_id, criterion_code, client_id)
  INCLUDE (value) WHERE valid_to IS NULL;
CREATE INDEX client_segment_scores_latest ON client_segment_scores (tenant_id, scale_code, client_id, assessed_on DESC, recorded_at DESC)
  INCLUDE (value);
CREATE INDEX outbox_messages_sent ON outbox_messages (tenant_id, sent_at) INCLUDE (client_id, send_id) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_messages_opened ON outbox_messages (tenant_id, opened_at) INCLUDE (client_id, send_id) WHERE opened_at IS NOT NULL;
CREATE INDEX outbox_messages_clicked ON outbox_messages (tenant_id, clicked_at) INCLUDE (client_id, send_id) WHERE clicked_at IS NOT NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['audiences', 'audience_static_members', 'audience_members', 'audience_queue']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON audiences TO koers_app;
GRANT SELECT, INSERT, DELETE ON audience_static_members, audience_members TO koers_app;
GRANT SELECT, DELETE ON audience_queue TO koers_app;

-- The triggers: one statement, however many rows, queues the distinct clients it touched, and
-- only in organisations with an audience that depends on the table. They run as the owner
-- (SECURITY DEFINER) so the application role needs no right to write the queue.

-- Tables with a client_id column; the first trigger argument names the table as depends_on does.
CREATE FUNCTION audience_queue_client_rows() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO audience_queue (tenant_id, client_id)
  SELECT DISTINCT ch.tenant_id, ch.client_id FROM changed ch
   WHERE ch.tenant_id IN (SELECT a.tenant_id FROM audiences a WHERE TG_ARGV[0] = ANY (a.depends_on));
  RETURN NULL;
END $$;

-- New clients.
CREATE FUNCTION audience_queue_new_clients() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO audience_queue (tenant_id, client_id)
  SELECT ch.tenant_id, ch.id FROM changed ch
   WHERE ch.tenant_id IN (SELECT a.tenant_id FROM audiences a);
  RETURN NULL;
END $$;

-- Changed clients: only intake and outflow dates matter to membership (phase, outflow).
CREATE FUNCTION audience_queue_changed_clients() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO audience_queue (tenant_id, client_id)
  SELECT n.tenant_id, n.id FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
   WHERE (n.intake_date IS DISTINCT FROM o.intake_date OR n.outflow_date IS DISTINCT FROM o.outflow_date)
     AND n.tenant_id IN (SELECT a.tenant_id FROM audiences a);
  RETURN NULL;
END $$;

-- Outbox rows: only once sent, opened or clicked (a queued message is no behaviour yet).
CREATE FUNCTION audience_queue_new_messages() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO audience_queue (tenant_id, client_id)
  SELECT DISTINCT ch.tenant_id, ch.client_id FROM changed ch
   WHERE (ch.sent_at IS NOT NULL OR ch.opened_at IS NOT NULL OR ch.clicked_at IS NOT NULL)
     AND ch.tenant_id IN (SELECT a.tenant_id FROM audiences a WHERE 'outbox_messages' = ANY (a.depends_on));
  RETURN NULL;
END $$;

CREATE FUNCTION audience_queue_changed_messages() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO audience_queue (tenant_id, client_id)
  SELECT DISTINCT n.tenant_id, n.client_id FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
   WHERE (n.sent_at IS DISTINCT FROM o.sent_at OR n.opened_at IS DISTINCT FROM o.opened_at OR n.clicked_at IS DISTINCT FROM o.clicked_at)
     AND n.tenant_id IN (SELECT a.tenant_id FROM audiences a WHERE 'outbox_messages' = ANY (a.depends_on));
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION audience_queue_client_rows(), audience_queue_new_clients(), audience_queue_changed_clients(),
  audience_queue_new_messages(), audience_queue_changed_messages() FROM PUBLIC;

CREATE TRIGGER audience_queue_insert AFTER INSERT ON clients
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_new_clients();
CREATE TRIGGER audience_queue_update AFTER UPDATE ON clients
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_changed_clients();
CREATE TRIGGER audience_queue_insert AFTER INSERT ON outbox_messages
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_new_messages();
CREATE TRIGGER audience_queue_update AFTER UPDATE ON outbox_messages
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_changed_messages();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['client_statuses', 'client_profile_values', 'client_segment_scores', 'client_assignments',
    'client_interventions', 'attendance_schedules']
  LOOP
    EXECUTE format('CREATE TRIGGER audience_queue_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
      'FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_client_rows(%L)', t, t);
    EXECUTE format('CREATE TRIGGER audience_queue_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
      'FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_client_rows(%L)', t, t);
    EXECUTE format('CREATE TRIGGER audience_queue_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
      'FOR EACH STATEMENT EXECUTE FUNCTION audience_queue_client_rows(%L)', t, t);
  END LOOP;
END $$;

