import { sql, type RawBuilder } from 'kysely'
import type { MessageCategory } from '../../../common/api/messaging.js'
import type { Tx } from '../../db/database.js'

export type SendTargetSpec = { kind: 'clients'; clientIds: string[] } | { kind: 'audience'; audienceId: string }

export interface RecipientSpec {
  target: SendTargetSpec
  category: MessageCategory
  /** A coach reaches only the clients of their caseload and teams; null: the whole organisation. */
  scope: { userId: string; teamIds: string[] } | null
  weeklyCap: number
}

/**
 * Who gets a send, on which channels, in SQL, so that a send to 100,000 people is one
 * statement. Per person:
 * - not reached: opted out of the category (never for service messages), over the weekly cap of
 *   non-service messages, or no channel at all (no app, no usable number or address);
 * - the app (and a push notification when a device has a subscription and push is allowed);
 * - SMS when preferred, or when there is no app (and email is not preferred and usable);
 * - email when preferred, or when there is neither app nor SMS.
 * A number is usable for SMS when it is a Dutch mobile number (+316…) or a foreign number,
 * consented to and not bounced; an address likewise for email. Clients who left (outflow date
 * passed) are not targets.
 */
function recipientCtes(spec: RecipientSpec): RawBuilder<unknown> {
  const targetFilter =
    spec.target.kind === 'clients'
      ? sql`c.id = ANY(${spec.target.clientIds}::uuid[])`
      : sql`c.id IN (SELECT m.client_id FROM audience_members m WHERE m.audience_id = ${spec.target.audienceId})`
  const scopeFilter =
    spec.scope === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM client_assignments a WHERE a.client_id = c.id AND a.valid_to IS NULL
              AND (a.coach_id = ${spec.scope.userId} OR a.team_id = ANY(${spec.scope.teamIds}::uuid[])))`
  const optional = spec.category !== 'service'
  return sql`
    targets AS (
      SELECT c.tenant_id, c.id AS client_id, c.phone, c.email, c.preferred_channel
      FROM clients c
      WHERE ${targetFilter} AND (c.outflow_date IS NULL OR c.outflow_date > current_date) AND ${scopeFilter}
    ),
    flags AS (
      SELECT t.client_id, t.preferred_channel,
        ${optional} AND coalesce(p.opted_out_categories @> ARRAY[${spec.category}::text], false) AS opted_out,
        ${optional} AND (
          SELECT count(DISTINCT o.send_id) FROM outbox_messages o
          JOIN message_sends s ON s.tenant_id = o.tenant_id AND s.id = o.send_id
          WHERE o.tenant_id = t.tenant_id AND o.client_id = t.client_id AND o.created_at > now() - interval '7 days'
            AND o.status <> 'suppressed' AND s.category <> 'service'
        ) >= ${spec.weeklyCap} AS over_cap,
        EXISTS (SELECT 1 FROM client_app_devices d WHERE d.client_id = t.client_id AND d.revoked_at IS NULL) AS has_app,
        coalesce(p.push_consent, true) AND EXISTS (
          SELECT 1 FROM client_app_devices d WHERE d.client_id = t.client_id AND d.revoked_at IS NULL AND d.push_endpoint IS NOT NULL
        ) AS has_push,
        t.phone IS NOT NULL AND (t.phone ~ '^\\+316[0-9]{8}$' OR t.phone !~ '^\\+31') AND coalesce(p.sms_consent, true)
          AND NOT EXISTS (SELECT 1 FROM bounced_addresses b WHERE b.channel = 'sms' AND b.address = t.phone) AS sms_ok,
        t.email IS NOT NULL AND coalesce(p.email_consent, true)
          AND NOT EXISTS (SELECT 1 FROM bounced_addresses b WHERE b.channel = 'email' AND b.address = lower(t.email)) AS email_ok
      FROM targets t
      LEFT JOIN client_messaging_preferences p ON p.client_id = t.client_id
    ),
    channels AS (
      SELECT f.client_id, ch.channel
      FROM flags f
      CROSS JOIN LATERAL (VALUES
        ('app', f.has_app),
        ('push', f.has_app AND f.has_push),
        ('sms', f.sms_ok AND (f.preferred_channel = 'sms' OR (NOT f.has_app AND NOT (f.preferred_channel = 'email' AND f.email_ok)))),
        ('email', f.email_ok AND (f.preferred_channel = 'email' OR (NOT f.has_app AND NOT f.sms_ok)))
      ) AS ch (channel, chosen)
      WHERE ch.chosen AND NOT f.opted_out AND NOT f.over_cap
    )`
}

export interface Estimate {
  recipients: number
  byChannel: { app: number; push: number; sms: number; email: number }
  notReached: { optedOut: number; overCap: number; unreachable: number }
}

export async function estimateRecipients(tx: Tx, spec: RecipientSpec): Promise<Estimate> {
  const { rows } = await sql<Record<string, string>>`
    WITH ${recipientCtes(spec)}
    SELECT
      (SELECT count(DISTINCT client_id) FROM channels) AS recipients,
      (SELECT count(*) FROM channels WHERE channel = 'app') AS app,
      (SELECT count(*) FROM channels WHERE channel = 'push') AS push,
      (SELECT count(*) FROM channels WHERE channel = 'sms') AS sms,
      (SELECT count(*) FROM channels WHERE channel = 'email') AS email,
      (SELECT count(*) FROM flags WHERE opted_out) AS opted_out,
      (SELECT count(*) FROM flags WHERE over_cap AND NOT opted_out) AS over_cap,
      (SELECT count(*) FROM flags f WHERE NOT f.opted_out AND NOT f.over_cap
         AND NOT EXISTS (SELECT 1 FROM channels c WHERE c.client_id = f.client_id)) AS unreachable
  `.execute(tx)
  const n = (key: string) => Number(rows[0]![key])
  return {
    recipients: n('recipients'),
    byChannel: { app: n('app'), push: n('push'), sms: n('sms'), email: n('email') },
    notReached: { optedOut: n('opted_out'), overCap: n('over_cap'), unreachable: n('unreachable') },
  }
}

/**
 * Writes the send's outbox: one queued row per person and channel, one suppressed row per person
 * not reached (with the reason). SMS and push wait for the end of quiet hours (`quietUntil`,
 * null when they may go now). Returns the number of people reached.
 */
export async function materialiseOutbox(tx: Tx, tenantId: string, sendId: string, spec: RecipientSpec, quietUntil: Date | null): Promise<number> {
  const deferred = quietUntil === null ? sql`now()` : sql`${quietUntil.toISOString()}::timestamptz`
  const { rows } = await sql<{ n: string }>`
    WITH ${recipientCtes(spec)},
    written AS (
      INSERT INTO outbox_messages (tenant_id, send_id, client_id, channel, status, reason, next_attempt_at)
      SELECT ${tenantId}::uuid, ${sendId}::uuid, client_id, channel, 'queued', NULL,
        CASE WHEN channel IN ('sms', 'push') THEN ${deferred} ELSE now() END
      FROM channels
      UNION ALL
      SELECT ${tenantId}::uuid, ${sendId}::uuid, f.client_id, NULL, 'suppressed',
        CASE WHEN f.opted_out THEN 'opted-out' WHEN f.over_cap THEN 'over-cap' ELSE 'unreachable' END, now()
      FROM flags f
      WHERE f.opted_out OR f.over_cap OR NOT EXISTS (SELECT 1 FROM channels c WHERE c.client_id = f.client_id)
      ON CONFLICT DO NOTHING
      RETURNING client_id, status
    )
    SELECT count(DISTINCT client_id) FILTER (WHERE status <> 'suppressed') AS n FROM written
  `.execute(tx)
  return Number(rows[0]!.n)
}

/** The clients of a list that the scope does not reach (or that do not exist): a coach's 403. */
export async function clientsOutsideScope(tx: Tx, clientIds: string[], scope: RecipientSpec['scope']): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT x.id FROM unnest(${clientIds}::uuid[]) AS x (id)
    WHERE NOT EXISTS (
      SELECT 1 FROM clients c WHERE c.id = x.id
        AND ${
          scope === null
            ? sql`true`
            : sql`EXISTS (SELECT 1 FROM client_assignments a WHERE a.client_id = c.id AND a.valid_to IS NULL
                AND (a.coach_id = ${scope.userId} OR a.team_id = ANY(${scope.teamIds}::uuid[])))`
        }
    )
  `.execute(tx)
  return rows.map((r) => r.id)
}
