-- Chat between a client and the organisation: one conversation per client, answered by the
-- client's coach, a colleague standing in (hand-over), or the team when there is no coach.

-- A photo or document sent in a chat; its type is checked from its first bytes on upload.
CREATE TABLE chat_attachments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  content bytea NOT NULL,
  uploaded_by text NOT NULL CHECK (uploaded_by IN ('client', 'staff')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);

CREATE TABLE chat_messages (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  author text NOT NULL CHECK (author IN ('client', 'staff')),
  author_user_id uuid,
  body text NOT NULL CHECK (length(body) <= 4000),
  attachment_id uuid,
  -- The sender's own key for the message: sending it again after a dropped connection finds
  -- this row instead of adding a second one.
  client_key text NOT NULL CHECK (length(client_key) BETWEEN 8 AND 64),
  sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- When the other side read it.
  read_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, client_id, author, client_key),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, author_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, attachment_id) REFERENCES chat_attachments (tenant_id, id),
  CHECK ((author = 'staff') = (author_user_id IS NOT NULL)),
  CHECK (length(body) > 0 OR attachment_id IS NOT NULL)
);
CREATE INDEX chat_messages_client ON chat_messages (tenant_id, client_id, sent_at DESC);

-- The inbox line of each conversation, kept current by every message and read mark.
CREATE TABLE chat_conversations (
  tenant_id uuid NOT NULL,
  client_id uuid NOT NULL,
  last_message_at timestamptz NOT NULL,
  last_author text NOT NULL CHECK (last_author IN ('client', 'staff')),
  -- The client's first message since the last answer: how long the client has been waiting.
  waiting_since timestamptz,
  unread_by_staff integer NOT NULL DEFAULT 0,
  unread_by_client integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id)
);
CREATE INDEX chat_conversations_waiting ON chat_conversations (tenant_id, waiting_since) WHERE waiting_since IS NOT NULL;

-- A coach who is away hands their conversations to a colleague for a period.
CREATE TABLE chat_handovers (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  from_user_id uuid NOT NULL,
  to_user_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  note text CHECK (length(note) <= 500),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, from_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, to_user_id) REFERENCES users (tenant_id, id),
  CHECK (from_user_id <> to_user_id),
  CHECK (ends_at > starts_at)
);
CREATE INDEX chat_handovers_from ON chat_handovers (tenant_id, from_user_id, ends_at) WHERE cancelled_at IS NULL;
CREATE INDEX chat_handovers_to ON chat_handovers (tenant_id, to_user_id, ends_at) WHERE cancelled_at IS NULL;

-- Answers a coach sends with one click; the organisation defines them.
CREATE TABLE chat_quick_replies (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, label)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['chat_attachments', 'chat_messages', 'chat_conversations', 'chat_handovers', 'chat_quick_replies']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;
GRANT DELETE ON chat_quick_replies TO koers_app;
