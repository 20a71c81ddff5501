import type { Compilable, CompiledQuery } from 'kysely'

/**
 * A statement of a fixed shape that runs on nearly every request, built and compiled by the query
 * builder once: each run then only puts in its own parameters (text or null: ids, hashes, words).
 * `build` receives stand-ins for the named parameters and must use each only as a value, never to
 * choose the statement's shape; the first compile checks that the statement's parameters are
 * exactly the stand-ins and that none was written into its text.
 */
export function compiledOnce<Creator, Name extends string, R>(
  names: readonly Name[],
  build: (creator: Creator, params: Record<Name, string>) => Compilable<R>,
): (creator: Creator, params: Record<Name, string | null>) => CompiledQuery<R> {
  let template: { query: CompiledQuery<R>; order: Name[] } | null = null
  return (creator, params) => {
    if (template === null) {
      const standIns = Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`])) as Record<Name, string>
      const query = build(creator, standIns).compile()
      const order = query.parameters.map((value) => names.find((name) => standIns[name] === value))
      if (order.some((name) => name === undefined)) throw new Error('compiledOnce: a parameter of the statement is not one of its stand-ins')
      if (names.some((name) => !order.includes(name)) || query.sql.includes('\u0000')) throw new Error('compiledOnce: every stand-in must be a parameter of the statement, and only that')
      template = { query, order: order as Name[] }
    }
    return { ...template.query, parameters: template.order.map((name) => params[name]) }
  }
}
