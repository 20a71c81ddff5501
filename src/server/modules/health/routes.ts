import { Type } from '@sinclair/typebox'
import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { asApp } from '../../db/database.js'
import type { App } from '../../http/types.js'
import { version } from '../../packageInfo.js'

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      config: { access: { kind: 'public' }, rateLimit: false },
      schema: {
        hide: true,
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('embedded'), Type.Literal('postgresql')]),
            version: Type.String(),
          }),
        },
      },
    },
    async () => {
      await asApp(ctx.db, (tx) => sql`SELECT 1`.execute(tx))
      return { status: 'ok' as const, database: ctx.db.kind, version }
    },
  )
}
