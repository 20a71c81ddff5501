-- Reaching people: templates, sends, one outbox over app, push, SMS and email, the clients'
-- channel preferences and consents, their app devices (push subscriptions) and the tenant's
-- messaging settings.

CREATE TABLE messaging_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id) PRIMARY KEY,
  -- No SMS or push between these times (Europe/Amsterdam) for non-urgent categories.
  quiet_from time NOT NULL DEFAULT '21:00',
  quiet_until time NOT NULL DEFAULT '08:00',
  -- At most this many non-service messages per person in seven days.
  weekly_cap integer NOT NULL DEFAULT 3 CHECK (weekly_cap BETWEEN 1 AND 50),
  -- Languages the tenant writes templates in, besides nl and en.
  extra_languages text[] NOT NULL DEFAULT '{}',
  sms_sender text NOT NULL DEFAULT 'Koers' CHECK (sms_sender ~ '^([A-Za-z0-9 ]{1,11}|\+?[0-9]{3,16})$'),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE message_templates (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- service: about the client's own guidance (cannot be opted out of); the others can.
  category text NOT NULL CHECK (category IN ('service', 'news', 'vacancy', 'event')),
  icon text NOT NULL DEFAULT 'message',
  archived boolean NOT NULL DEFAULT false,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);

-- The words of a template in one language, per channel (Liquid source).
CREATE TABLE message_template_texts (
  tenant_id uuid NOT NULL,
  template_id uuid NOT NULL,
  language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
  title text NOT NULL,
  body text NOT NULL,
  push_text text,
  sms_text text,
  email_subject text,
  email_html text,
  email_text text,
  PRIMARY KEY (tenant_id, template_id, language),
  FOREIGN KEY (tenant_id, template_id) REFERENCES message_templates (tenant_id, id) ON DELETE CASCADE
);

-- A client's channel consents and preferences; absent means the defaults (app and, with a
-- number or address, SMS and email allowed; nothing opted out; click tracking on).
CREATE TABLE client_messaging_preferences (
  tenant_id uuid NOT NULL,
  client_id uuid NOT NULL,
  sms_consent boolean NOT NULL DEFAULT true,
  email_consent boolean NOT NULL DEFAULT true,
  push_consent boolean NOT NULL DEFAULT true,
  opted_out_categories text[] NOT NULL DEFAULT '{}',
  click_tracking boolean NOT NULL DEFAULT true,
  updated_by uuid,
  updated_by_client boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  CHECK (opted_out_categories <@ ARRAY['news', 'vacancy', 'event'])
);

-- The client app on a device: signed in (the client app issue fills this), optionally with a
-- Web Push subscription.
CREATE TABLE client_app_devices (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  push_endpoint text,
  push_p256dh text,
  push_auth text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  CHECK ((push_endpoint IS NULL) = (push_p256dh IS NULL) AND (push_endpoint IS NULL) = (push_auth IS NULL))
);
CREATE INDEX client_app_devices_client ON client_app_devices (tenant_id, client_id) WHERE revoked_at IS NULL;

-- One send: a template to one person, a selection or an audience, now or at a time.
CREATE TABLE message_sends (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL,
  category text NOT NULL,
  urgent boolean NOT NULL DEFAULT false,
  target_kind text NOT NULL CHECK (target_kind IN ('clients', 'audience')),
  client_ids uuid[],
  audience_id uuid,
  -- Extra Liquid variables for this send (e.g. the meeting place).
  variables jsonb NOT NULL DEFAULT '{}',
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
  recipients integer,
  -- A second press of "send" with the same key returns the first send.
  idempotency_key text NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  materialised_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key),
  FOREIGN KEY (tenant_id, template_id) REFERENCES message_templates (tenant_id, id),
  CHECK ((target_kind = 'clients') = (client_ids IS NOT NULL)),
  CHECK ((target_kind = 'audience') = (audience_id IS NOT NULL))
);
CREATE INDEX message_sends_due ON message_sends (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX message_sends_created ON message_sends (tenant_id, created_at DESC);

-- The outbox: one row per recipient and channel of a send, written in the send's transaction.
-- A row never repeats (send, client, channel); delivery moves it on:
-- queued → sending → sent → delivered | failed, with opened and clicked noted when seen;
-- a person the send did not reach (opted out, over the cap, unreachable) has one suppressed
-- row without a channel, kept to explain the report.
CREATE TABLE outbox_messages (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  send_id uuid NOT NULL,
  client_id uuid NOT NULL,
  channel text CHECK (channel IN ('app', 'push', 'sms', 'email')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'suppressed', 'dead')),
  reason text,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  provider text,
  provider_id text,
  -- What was sent, rendered at delivery (kept for the outbox viewer and the client's inbox).
  language text,
  title text,
  body text,
  links text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  delivered_at timestamptz,
  failed_at timestamptz,
  opened_at timestamptz,
  clicked_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, send_id, client_id, channel),
  FOREIGN KEY (tenant_id, send_id) REFERENCES message_sends (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  CHECK (channel IS NOT NULL OR status = 'suppressed')
);
CREATE INDEX outbox_messages_due ON outbox_messages (tenant_id, send_id, next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX outbox_messages_client ON outbox_messages (tenant_id, client_id, created_at DESC);
CREATE INDEX outbox_messages_provider ON outbox_messages (provider, provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX outbox_messages_dead ON outbox_messages (tenant_id, created_at DESC) WHERE status = 'dead';

-- Addresses that bounced: not sent to again until the client's address changes.
CREATE TABLE bounced_addresses (
  tenant_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('sms', 'email')),
  address text NOT NULL,
  reason text NOT NULL,
  bounced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, channel, address)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['messaging_settings', 'message_templates', 'message_template_texts', 'client_messaging_preferences',
    'client_app_devices', 'message_sends', 'outbox_messages', 'bounced_addresses']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;
GRANT DELETE ON message_template_texts, bounced_addresses TO koers_app;
