import { AssignmentBook } from '../clients/assignmentBook.js'
import { ClientEventLog } from '../clients/timelineInBulk.js'
import { clientsBySource, decideRow, firstPerField, required, unknownClient, type KindImporter } from './kindImporter.js'
import { RowRejection, type RowError } from './rowResult.js'

export interface AssignmentRowInput {
  clientSourceId: string
  coachUsername: string
  teamName: string | null
}

/**
 * Who guides a client: the coach by user name, the team by name. Without a team the coach's team
 * is taken when they are in exactly one, or else the client's current team.
 */
export const assignmentImporter: KindImporter<AssignmentRowInput> = {
  kind: 'assignments',
  alias: { coachId: 'coachUsername', teamId: 'teamName' },

  prepare(row, { columns }) {
    const v = row.values
    const errors: RowError[] = firstPerField([...row.errors, ...required(v, ['clientSourceId', 'coachUsername'], columns)])
    const uniqueKeys: [string, string][] = v.clientSourceId === undefined ? [] : [['clientSourceId', v.clientSourceId]]
    if (errors.length > 0) return { number: row.number, sourceId: v.clientSourceId ?? null, input: null, errors, uniqueKeys }
    return {
      number: row.number,
      sourceId: v.clientSourceId!,
      input: { clientSourceId: v.clientSourceId!, coachUsername: v.coachUsername!.toLowerCase(), teamName: v.teamName ?? null },
      errors: [],
      uniqueKeys,
    }
  },

  async applyBatch(tx, env, inputs) {
    const column = (field: string) => env.columns.get(field) ?? null
    const clients = await clientsBySource(tx, env.sourceSystem, inputs.map((input) => input.clientSourceId))
    const usernames = [...new Set(inputs.map((input) => input.coachUsername))]
    const users = usernames.length === 0 ? [] : await tx.selectFrom('users').select(['id', 'username']).where('username', 'in', usernames).execute()
    const memberships = users.length === 0 ? [] : await tx.selectFrom('team_members').select(['user_id', 'team_id']).where('user_id', 'in', users.map((u) => u.id)).execute()
    const teams = new Map((await tx.selectFrom('teams').select(['id', 'name']).execute()).map((t) => [t.name.trim().toLowerCase(), t.id]))
    const coaches = new Map(users.map((u) => [u.username, { id: u.id, teamIds: memberships.filter((m) => m.user_id === u.id).map((m) => m.team_id) }]))
    const events = new ClientEventLog()
    const named = inputs.flatMap((input) => (input.teamName === null ? [] : (teams.get(input.teamName.trim().toLowerCase()) ?? [])))
    const book = await AssignmentBook.load(tx, events, {
      clientIds: [...clients.values()],
      coachIds: users.map((u) => u.id),
      teamIds: [...named, ...memberships.map((m) => m.team_id)],
    })
    const verdicts = inputs.map((input) =>
      decideRow(env, assignmentImporter.alias, [book, events], () => {
        const clientId = clients.get(input.clientSourceId)
        if (clientId === undefined) throw new RowRejection([unknownClient(env)])
        const coach = coaches.get(input.coachUsername)
        if (coach === undefined) throw new RowRejection([{ field: 'coachUsername', column: column('coachUsername'), message: 'is not a user of this organisation' }])
        const current = book.currentOf(clientId)
        let teamId: string | null
        if (input.teamName !== null) {
          const team = teams.get(input.teamName.trim().toLowerCase())
          if (team === undefined) throw new RowRejection([{ field: 'teamName', column: column('teamName'), message: 'is not a team of this organisation' }])
          teamId = team
        } else {
          teamId = coach.teamIds.length === 1 ? coach.teamIds[0]! : (current?.teamId ?? null)
        }
        if (current !== null && current.coachId === coach.id && current.teamId === teamId) return { outcome: 'unchanged', clientId, changedFields: [] }
        book.assign(clientId, { teamId, coachId: coach.id, reason: 'import' })
        return {
          outcome: current === null ? 'created' : 'changed',
          clientId,
          changedFields: current === null ? [] : [...(current.coachId !== coach.id ? ['coachUsername'] : []), ...(current.teamId !== teamId ? ['teamName'] : [])],
        }
      }),
    )
    await book.write(tx, env.tenantId, env.actorId)
    await events.write(tx, env.tenantId, env.actorId)
    return verdicts
  },
}
