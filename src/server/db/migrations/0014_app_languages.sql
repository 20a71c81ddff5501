-- Languages an organisation adds to the client app beyond the six it ships with (for example
-- Tigrinya or Somali), with the app's texts translated by the organisation itself. A text left
-- out shows in Dutch.
CREATE TABLE app_languages (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  -- A BCP 47 primary language subtag; the six built-in languages cannot be replaced.
  code text NOT NULL CHECK (code ~ '^[a-z]{2,3}$' AND code NOT IN ('nl', 'en', 'ar', 'tr', 'pl', 'uk')),
  -- The language's own name, as the language switch shows it ("ትግርኛ").
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  direction text NOT NULL CHECK (direction IN ('ltr', 'rtl')),
  -- The translations by dotted key ("clientApp.signOut": "…"), checked against the Dutch texts by the application.
  texts jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(texts) = 'object'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (tenant_id, code),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id)
);

ALTER TABLE app_languages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON app_languages
  USING (tenant_id = koers_current_tenant()) WITH CHECK (tenant_id = koers_current_tenant());
-- The client app reads an organisation's languages before anyone signs in, like its house
-- style: a transaction bound to no tenant may read them; one bound to a tenant sees only its own.
CREATE POLICY app_languages_public_read ON app_languages FOR SELECT
  USING (koers_current_tenant() IS NULL);
GRANT SELECT, INSERT, UPDATE, DELETE ON app_languages TO koers_app;
