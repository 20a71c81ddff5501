-- The client app: sign-in by a one-time code (by SMS or email, through the outbox), the device
-- sessions that follow, and the requests that rate-limit asking for a code.

-- One code, as sent to one client on one channel. Only its keyed hash is kept; it is good for
-- ten minutes, once, and is void after five wrong tries or when a newer code is sent.
CREATE TABLE client_sign_in_codes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('sms', 'email')),
  -- Keyed hash of the normalised number or address the client typed (never the address itself).
  address_hash text NOT NULL,
  code_hash text NOT NULL,
  -- The outbox send that carries the code; its variables are cleared once the code is spent.
  send_id uuid NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  voided_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id),
  FOREIGN KEY (tenant_id, send_id) REFERENCES message_sends (tenant_id, id)
);
CREATE INDEX client_sign_in_codes_address ON client_sign_in_codes (tenant_id, address_hash, created_at DESC);

-- Every request for a code, known address or not: the rate limits per address and per network
-- address count these. Rows older than a day serve no purpose and may be purged.
CREATE TABLE client_sign_in_requests (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  address_hash text NOT NULL,
  ip_hash text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX client_sign_in_requests_address ON client_sign_in_requests (tenant_id, address_hash, requested_at);
CREATE INDEX client_sign_in_requests_ip ON client_sign_in_requests (tenant_id, ip_hash, requested_at);

-- The session of a signed-in device: the cookie carries a random token, the database its hash.
-- It lasts until the client signs out or the device is revoked (both end the device).
CREATE TABLE client_app_sessions (
  tenant_id uuid NOT NULL,
  device_id uuid NOT NULL,
  token_hash text NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, device_id),
  UNIQUE (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, device_id) REFERENCES client_app_devices (tenant_id, id)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['client_sign_in_codes', 'client_sign_in_requests', 'client_app_sessions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant())',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO koers_app', t);
  END LOOP;
END $$;
GRANT DELETE ON client_app_sessions, client_sign_in_requests TO koers_app;
