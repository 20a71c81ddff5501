import { Type } from '@sinclair/typebox'

export const Uuid = Type.String({ format: 'uuid' })
export const DateTime = Type.String({ format: 'date-time' })
export const HexColor = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'A colour as #rrggbb' })
export const RoleName = Type.Union(
  [Type.Literal('coach'), Type.Literal('editor'), Type.Literal('account_manager'), Type.Literal('manager'), Type.Literal('admin')],
  { description: 'coach, editor, account_manager, manager or admin' },
)
export const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 63 })
