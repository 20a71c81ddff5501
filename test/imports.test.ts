import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportMapping, ImportPreview, ImportRowReport, ImportRun, NewImportMapping } from '../src/common/api/imports.js'
import { startJobs, type Jobs } from '../src/server/jobs/jobs.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { csvCell } from '../src/server/modules/imports/csvCell.js'
import { runImportFolderPickup } from '../src/server/modules/imports/folderPickup.js'
import { importRunJob, workImportRunJob } from '../src/server/modules/imports/importQueue.js'
import type { ImportRunRef } from '../src/server/modules/imports/importRuns.js'
import { processImportRun } from '../src/server/modules/imports/importRun.js'
import { startImport } from '../src/server/modules/imports/startImport.js'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface Problem {
  status: number
  code: string
  detail: string
  errors?: { field: string; message: string }[]
}

/** Valid BSNs (elfproef), different on every call. */
let bsnSeed = 10_000_000 + crypto.randomInt(0, 80_000_000)
function nextBsn(): string {
  for (;;) {
    const digits = String(bsnSeed++).padStart(8, '0').slice(-8)
    let sum = 0
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i])
    const check = sum % 11
    if (check < 10 && digits !== '00000000') return digits + String(check)
  }
}
/** A BSN that fails the elfproef. */
const badBsn = (bsn: string) => bsn.slice(0, 8) + String((Number(bsn[8]) + 1) % 10)

const suiteHeader = 'Klantnummer Suite;BSN;Voornamen;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Plaats;Uitkering;Ingang uitkering;Einde uitkering'
const suiteMapping = (name: string): NewImportMapping => ({
  name,
  kind: 'clients',
  sourceSystem: 'suite',
  columns: [
    { field: 'sourceId', column: 'Klantnummer Suite' },
    { field: 'bsn', column: 'BSN' },
    { field: 'firstNames', column: 'Voornamen' },
    { field: 'tussenvoegsel', column: 'Tussenvoegsel' },
    { field: 'surname', column: 'Achternaam' },
    { field: 'dateOfBirth', column: 'Geboortedatum' },
    { field: 'postcode', column: 'Postcode' },
    { field: 'city', column: 'Plaats' },
    { field: 'statusCode', column: 'Uitkering' },
    { field: 'statusValidFrom', column: 'Ingang uitkering' },
    { field: 'statusValidTo', column: 'Einde uitkering' },
  ],
  options: { valueMaps: [{ field: 'statusCode', from: 'PW', to: 'benefit' }] },
})

/** A Suite export as Excel writes it on a Dutch Windows machine: semicolons, Windows-1252. */
function windows1252(lines: string[]): Buffer {
  return Buffer.from([suiteHeader, ...lines].join('\r\n') + '\r\n', 'latin1')
}

function multipart(file: { name: string; bytes: Buffer }, fields: Record<string, string>): { body: Buffer; type: string } {
  const boundary = `----koers${crypto.randomBytes(8).toString('hex')}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`))
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` }
}

describe.each(databasesUnderTest())('imports on $name', (database) => {
  let t: TestApp
  let importDir: string
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let admin: TestClient
  let mapping: ImportMapping

  const upload = (client: TestClient, url: string, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) => {
    const { body, type } = multipart(file, fields)
    return t.app.inject({ method: 'POST', url, headers: { ...client.jar.header(), 'x-csrf-token': client.csrfToken ?? '', 'content-type': type }, payload: body })
  }

  const waitForRun = async (id: string): Promise<ImportRun> => {
    for (let i = 0; i < 120; i++) {
      const run = (await admin.request('GET', `/api/v1/imports/${id}`)).json<ImportRun>()
      if (run.status === 'done' || run.status === 'failed') return run
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`import ${id} did not finish`)
  }

  /**
   * Uploads a file and works its run the way the job does. The job queue itself is tested once,
   * below: on the embedded database its polling connections can trip over other connections'
   * statements (see the decision on imports), which would make every test here flaky.
   */
  const runImport = async (bytes: Buffer, options: { mappingId?: string; dryRun?: boolean; name?: string } = {}) => {
    const response = await upload(admin, '/api/v1/imports', { name: options.name ?? 'klanten.csv', bytes }, {
      mappingId: options.mappingId ?? mapping.id,
      dryRun: String(options.dryRun ?? false),
    })
    expect(response.statusCode, response.body).toBe(202)
    const queued = response.json<ImportRun>()
    expect(response.headers.location).toBe(`/api/v1/imports/${queued.id}`)
    expect(queued).toMatchObject({ status: 'queued', processedRows: 0, requestedBy: { displayName: tenant.admin.displayName } })
    await processImportRun(t.ctx, { tenantId: tenant.id, runId: queued.id })
    return waitForRun(queued.id)
  }

  const rowsOf = async (runId: string, outcome?: string) =>
    (await admin.request('GET', `/api/v1/imports/${runId}/rows?limit=1000${outcome ? `&outcome=${outcome}` : ''}`)).json<{ rows: ImportRowReport[] }>().rows

  const count = async (sql: string, params: unknown[]) => (await t.ctx.db.owner.query<{ n: number }>(sql, params)).rows[0]!.n

  beforeAll(async () => {
    importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-imports-'))
    // The folder is handed to the pick-up directly: with KOERS_IMPORT_DIR set, the jobs would also
    // schedule the pick-up, which could run in the middle of a test.
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
    const created = await admin.request('POST', '/api/v1/import-mappings', suiteMapping('suite-clients'))
    expect(created.statusCode, created.body).toBe(201)
    mapping = created.json<ImportMapping>()
  })
  afterAll(async () => {
    await t?.close()
    fs.rmSync(importDir, { recursive: true, force: true })
  })

  it('previews a Windows-1252 file with semicolons, a UTF-8 file with commas, and an XLSX workbook', async () => {
    const semicolons = await upload(admin, '/api/v1/import-previews', { name: 'suite.csv', bytes: windows1252([`S1;${nextBsn()};Zoë;;Sénéchal;01-02-1990;7001 AB;Doetinchem;PW;01-01-2026;`]) })
    expect(semicolons.statusCode, semicolons.body).toBe(200)
    expect(semicolons.json<ImportPreview>()).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', rowCount: 1 })
    expect(semicolons.json<ImportPreview>().headers[0]).toBe('Klantnummer Suite')
    expect(semicolons.json<ImportPreview>().rows[0]!.slice(2, 5)).toEqual(['Zoë', '', 'Sénéchal'])

    const commas = await upload(admin, '/api/v1/import-previews', { name: 'sheet.csv', bytes: Buffer.from('\uFEFFid,naam,"adres, plaats"\r\n1,Chloë,"Markt 1, Zutphen"\r\n', 'utf8') })
    expect(commas.json<ImportPreview>()).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', headers: ['id', 'naam', 'adres, plaats'], rows: [['1', 'Chloë', 'Markt 1, Zutphen']] })

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Klanten')
    sheet.addRow(['Id', 'Naam', 'Geboren'])
    sheet.addRow(['X1', 'Noël', new Date(Date.UTC(1985, 4, 17))])
    const xlsx = await upload(admin, '/api/v1/import-previews', { name: 'klanten.xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) })
    expect(xlsx.json<ImportPreview>()).toMatchObject({ format: 'xlsx', sheet: 'Klanten', sheets: ['Klanten'], headers: ['Id', 'Naam', 'Geboren'], rows: [['X1', 'Noël', '1985-05-17']] })
  })

  it('keeps mappings: checks fields against the kind, refuses a taken name, and is for admins only', async () => {
    const list = (await admin.request('GET', '/api/v1/import-mappings')).json<{ mappings: ImportMapping[] }>()
    expect(list.mappings.map((m) => m.name)).toContain('suite-clients')
    expect((await admin.request('GET', `/api/v1/import-mappings/${mapping.id}`)).json<ImportMapping>().columns).toHaveLength(11)

    const wrongField = await admin.request('POST', '/api/v1/import-mappings', {
      name: 'sonar-statuses',
      kind: 'statuses',
      sourceSystem: 'sonar',
      columns: [{ field: 'bsn', column: 'BSN' }],
    })
    expect(wrongField.statusCode).toBe(400)
    const problem = wrongField.json<Problem>()
    expect(problem.code).toBe('invalid-mapping')
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'columns.0.field' }), { field: 'columns', message: 'must map sourceId' }]))

    expect((await admin.request('POST', '/api/v1/import-mappings', suiteMapping('suite-clients'))).json<Problem>().code).toBe('mapping-name-taken')

    const spare = (await admin.request('POST', '/api/v1/import-mappings', suiteMapping('spare'))).json<ImportMapping>()
    const renamed = await admin.request('PUT', `/api/v1/import-mappings/${spare.id}`, { ...suiteMapping('spare-renamed'), sourceSystem: 'civision' })
    expect(renamed.json<ImportMapping>()).toMatchObject({ name: 'spare-renamed', sourceSystem: 'civision' })
    expect((await admin.request('DELETE', `/api/v1/import-mappings/${spare.id}`)).statusCode).toBe(204)
    expect((await admin.request('GET', `/api/v1/import-mappings/${spare.id}`)).statusCode).toBe(404)

    const coach = await signIn(t.app, tenant.slug, tenant.coach)
    expect((await coach.request('GET', '/api/v1/import-mappings')).statusCode).toBe(403)
    expect((await upload(coach, '/api/v1/imports', { name: 'x.csv', bytes: windows1252([]) }, { mappingId: mapping.id })).statusCode).toBe(403)
  })

  describe('a Suite export of clients with a benefit each', () => {
    const bsns = Array.from({ length: 6 }, nextBsn)
    const good = [
      `SUITE-1;${bsns[0]};Zoë;van;Sénéchal;01-02-1990;7001ab;Doetinchem;PW;01-01-2026;`,
      `SUITE-2;${bsns[1]};Renée;;Jansen;1985-12-31;7002 CD;Doetinchem;PW;15-03-2025;`,
      `SUITE-3;${bsns[2]};Noël;de;Groot;17/05/1979;7003 EF;Zutphen;PW;01-06-2024;31-12-2025`,
      `SUITE-4;${bsns[3]};Anaïs;;Bakker;02-02-2002;;;;;`,
    ]
    const bad = [
      `SUITE-5;${badBsn(bsns[4]!)};Fout;;Bsn;01-01-1990;;;PW;01-01-2026;`, // row 6: invalid BSN
      `SUITE-6;${bsns[4]};Nog;;Niet;01-01-2090;;;PW;01-01-2026;`, // row 7: born in the future
      `SUITE-7;${bsns[5]};Onbekende;;Code;01-01-1990;;;XYZ;01-01-2026;`, // row 8: unknown status code
      `SUITE-8;${nextBsn()};Eind;;Voor;01-01-1990;;;PW;01-06-2026;01-01-2026`, // row 9: end before start
      `SUITE-9;${nextBsn()};Eerste;;Dubbel;01-01-1990;;;;;`, // rows 10 and 11: the same source id
      `SUITE-9;${nextBsn()};Tweede;;Dubbel;01-01-1990;;;;;`,
      `SUITE-10;${nextBsn()};Onmogelijk;;Datum;31-02-1990;;;;;`, // row 12: impossible date
      `=cmd|' /C calc'!A0;${nextBsn()};Formule;;Cel;01-01-1990;;;;;`, // row 13: a formula
    ]
    const file = windows1252([...good, ...bad])
    let firstRun: ImportRun

    it('a dry run reports every row and writes nothing', async () => {
      const run = await runImport(file, { dryRun: true })
      expect(run).toMatchObject({ status: 'done', dryRun: true, totalRows: 12, processedRows: 12, counts: { created: 4, changed: 0, unchanged: 0, rejected: 8 } })
      expect(run.file).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' })
      expect(await count('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1', [tenant.id])).toBe(0)
      expect(await count('SELECT count(*)::int AS n FROM client_statuses WHERE tenant_id = $1', [tenant.id])).toBe(0)
      const created = await rowsOf(run.id, 'created')
      expect(created.map((r) => [r.rowNumber, r.sourceId, r.clientId])).toEqual([
        [2, 'SUITE-1', null],
        [3, 'SUITE-2', null],
        [4, 'SUITE-3', null],
        [5, 'SUITE-4', null],
      ])
    })

    it('rejects bad rows with an error per field, naming the column, never the value', async () => {
      firstRun = await runImport(file)
      expect(firstRun.counts).toEqual({ created: 4, changed: 0, unchanged: 0, rejected: 8 })
      const rejected = new Map((await rowsOf(firstRun.id, 'rejected')).map((r) => [r.rowNumber, r.errors]))
      expect(rejected.get(6)).toEqual([{ field: 'bsn', column: 'BSN', message: 'is not a valid BSN (elfproef)' }])
      expect(rejected.get(7)).toEqual([{ field: 'dateOfBirth', column: 'Geboortedatum', message: 'lies in the future' }])
      expect(rejected.get(8)).toEqual([expect.objectContaining({ field: 'statusCode', column: 'Uitkering' })])
      expect(rejected.get(9)).toEqual([expect.objectContaining({ field: 'statusValidTo', column: 'Einde uitkering', message: expect.stringContaining('before the start') })])
      // A duplicated source id rejects both rows: which one is right cannot be known.
      for (const row of [10, 11]) expect(rejected.get(row)).toEqual([expect.objectContaining({ field: 'sourceId', message: expect.stringContaining('appears on rows 10, 11') })])
      expect(rejected.get(12)).toEqual([{ field: 'dateOfBirth', column: 'Geboortedatum', message: 'is not a date (dd-mm-jjjj)' }])
      expect(rejected.get(13)).toEqual([expect.objectContaining({ field: 'sourceId', message: expect.stringContaining('formula') })])
      expect(JSON.stringify([...rejected.values()])).not.toContain(bsns[4]!.slice(0, 8))
      // A rejected row leaves nothing behind, not even the client of a status that failed.
      expect(await count("SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1 AND source_id IN ('SUITE-7', 'SUITE-8')", [tenant.id])).toBe(0)
    })

    it('creates the clients with their statuses, timeline and one audit record for the run', async () => {
      const clients = await t.ctx.db.owner.query<{ source_id: string; first_names: string; surname: string; postcode: string | null; date_of_birth: string }>(
        "SELECT source_id, first_names, surname, postcode, date_of_birth::text FROM clients WHERE tenant_id = $1 AND source_system = 'suite' ORDER BY source_id",
        [tenant.id],
      )
      expect(clients.rows).toEqual([
        { source_id: 'SUITE-1', first_names: 'Zoë', surname: 'Sénéchal', postcode: '7001 AB', date_of_birth: '1990-02-01' },
        { source_id: 'SUITE-2', first_names: 'Renée', surname: 'Jansen', postcode: '7002 CD', date_of_birth: '1985-12-31' },
        { source_id: 'SUITE-3', first_names: 'Noël', surname: 'Groot', postcode: '7003 EF', date_of_birth: '1979-05-17' },
        { source_id: 'SUITE-4', first_names: 'Anaïs', surname: 'Bakker', postcode: null, date_of_birth: '2002-02-02' },
      ])
      const statuses = await t.ctx.db.owner.query<{ source_id: string; status_code: string; valid_from: string; valid_to: string | null }>(
        'SELECT source_id, status_code, valid_from::text, valid_to::text FROM client_statuses WHERE tenant_id = $1 ORDER BY source_id',
        [tenant.id],
      )
      expect(statuses.rows).toEqual([
        { source_id: 'SUITE-1/benefit/2026-01-01', status_code: 'benefit', valid_from: '2026-01-01', valid_to: null },
        { source_id: 'SUITE-2/benefit/2025-03-15', status_code: 'benefit', valid_from: '2025-03-15', valid_to: null },
        { source_id: 'SUITE-3/benefit/2024-06-01', status_code: 'benefit', valid_from: '2024-06-01', valid_to: '2025-12-31' },
      ])
      expect(await count("SELECT count(*)::int AS n FROM client_events WHERE tenant_id = $1 AND kind = 'client.created'", [tenant.id])).toBe(4)
      const audit = await t.ctx.db.owner.query<{ attributes: Record<string, unknown>; actor_type: string }>(
        "SELECT attributes, actor_type FROM audit_events WHERE tenant_id = $1 AND action = 'client.import' AND attributes->>'importId' = $2",
        [tenant.id, firstRun.id],
      )
      expect(audit.rows).toEqual([{ actor_type: 'user', attributes: expect.objectContaining({ dryRun: false, created: 4, rejected: 8, processed: 12 }) }])
      // The file held personal data: it is gone once the run is over.
      expect(await count('SELECT count(*)::int AS n FROM import_files WHERE tenant_id = $1', [tenant.id])).toBe(0)
    })

    it('the same file again changes nothing', async () => {
      const again = await runImport(file)
      expect(again.counts).toEqual({ created: 0, changed: 0, unchanged: 4, rejected: 8 })
      expect(await count('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1', [tenant.id])).toBe(4)
      expect(await count('SELECT count(*)::int AS n FROM client_statuses WHERE tenant_id = $1', [tenant.id])).toBe(3)
    })

    it('a changed row changes only that client, and only the fields that differ', async () => {
      const changedLines = [...good]
      changedLines[1] = changedLines[1]!.replace('7002 CD', '7011 XY').replace(';PW;15-03-2025;', ';PW;15-03-2025;30-04-2026')
      const before = await t.ctx.db.owner.query<{ source_id: string; updated_at: Date }>('SELECT source_id, updated_at FROM clients WHERE tenant_id = $1', [tenant.id])
      const run = await runImport(windows1252(changedLines))
      expect(run.counts).toEqual({ created: 0, changed: 1, unchanged: 3, rejected: 0 })
      const [changed] = await rowsOf(run.id, 'changed')
      expect(changed).toMatchObject({ rowNumber: 3, sourceId: 'SUITE-2', changedFields: ['postcode', 'statusValidTo'] })
      const after = await t.ctx.db.owner.query<{ source_id: string; updated_at: Date; postcode: string }>('SELECT source_id, updated_at, postcode FROM clients WHERE tenant_id = $1', [tenant.id])
      for (const row of after.rows) {
        const earlier = before.rows.find((b) => b.source_id === row.source_id)!
        expect(row.updated_at.getTime() === earlier.updated_at.getTime(), row.source_id).toBe(row.source_id !== 'SUITE-2')
      }
      expect(after.rows.find((r) => r.source_id === 'SUITE-2')!.postcode).toBe('7011 XY')
      const events = await t.ctx.db.owner.query<{ kind: string; data: Record<string, unknown> }>(
        "SELECT e.kind, e.data FROM client_events e JOIN clients c ON c.tenant_id = e.tenant_id AND c.id = e.client_id WHERE e.tenant_id = $1 AND c.source_id = 'SUITE-2' AND e.kind IN ('client.details-changed', 'status.ended')",
        [tenant.id],
      )
      expect(events.rows.map((e) => e.kind).sort()).toEqual(['client.details-changed', 'status.ended'])
      expect(events.rows.find((e) => e.kind === 'client.details-changed')!.data).toEqual({ fields: ['postcode'], source: 'suite' })
    })

    it('exports the report as CSV with formula-like cells escaped', async () => {
      const response = await admin.request('GET', `/api/v1/imports/${firstRun.id}/report.csv`)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('text/csv')
      const lines = response.body.replace(/^\uFEFF/, '').split('\r\n')
      expect(lines[0]).toBe('row;sourceId;outcome;changedFields;errors')
      expect(lines).toHaveLength(12 + 2)
      expect(lines.find((line) => line.startsWith('13;'))).toMatch(/^13;"'=cmd\|' \/C calc'!A0";rejected;;/)
      expect(response.body).not.toMatch(/(^|;)=cmd/m)
      expect([csvCell('+31 6 1234'), csvCell('-2+3'), csvCell('@SUM(A1)'), csvCell('\tx'), csvCell('a;b'), csvCell('plain')]).toEqual([
        `"'+31 6 1234"`,
        `"'-2+3"`,
        `"'@SUM(A1)"`,
        `"'\tx"`,
        '"a;b"',
        'plain',
      ])
    })
  })

  it('imports a UTF-8 file with commas and an XLSX workbook (formula cells refused), and statuses, interventions and coaches of those clients', async () => {
    const sheetMapping = (
      await admin.request('POST', '/api/v1/import-mappings', {
        name: 'spreadsheet-clients',
        kind: 'clients',
        sourceSystem: 'spreadsheet',
        columns: [
          { field: 'sourceId', column: 'id' },
          { field: 'firstNames', column: 'voornaam' },
          { field: 'surname', column: 'achternaam' },
          { field: 'dateOfBirth', column: 'geboren' },
          { field: 'phone', column: 'mobiel' },
        ],
      })
    ).json<ImportMapping>()
    const utf8 = Buffer.from('id,voornaam,achternaam,geboren,mobiel\nA1,Chloë,Visser,1991-07-04,06-12345678\nA2,"Jan, Piet",de Vries,04-07-1992,\n', 'utf8')
    const csvRun = await runImport(utf8, { mappingId: sheetMapping.id })
    expect(csvRun).toMatchObject({ status: 'done', file: { encoding: 'utf-8', delimiter: ',' }, counts: { created: 2, rejected: 0 } })

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Blad1')
    sheet.addRow(['id', 'voornaam', 'achternaam', 'geboren', 'mobiel'])
    sheet.addRow(['A3', 'Eliëtte', 'Smit', new Date(Date.UTC(1988, 0, 31)), '0612345679'])
    sheet.addRow(['A4', { formula: 'B2&"x"', result: 'Eliëttex' }, 'Formule', new Date(Date.UTC(1988, 0, 31)), ''])
    const xlsxRun = await runImport(Buffer.from(await workbook.xlsx.writeBuffer()), { mappingId: sheetMapping.id, name: 'klanten.xlsx' })
    expect(xlsxRun).toMatchObject({ status: 'done', file: { format: 'xlsx' }, counts: { created: 1, rejected: 1 } })
    expect((await rowsOf(xlsxRun.id, 'rejected'))[0]).toMatchObject({ rowNumber: 3, errors: [{ field: 'firstNames', column: 'voornaam', message: expect.stringContaining('formula') }] })
    expect(await count("SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1 AND source_system = 'spreadsheet' AND date_of_birth = '1988-01-31'", [tenant.id])).toBe(1)

    const statusMapping = (
      await admin.request('POST', '/api/v1/import-mappings', {
        name: 'spreadsheet-statuses',
        kind: 'statuses',
        sourceSystem: 'spreadsheet',
        columns: [
          { field: 'sourceId', column: 'status id' },
          { field: 'clientSourceId', column: 'klant' },
          { field: 'statusCode', column: 'status' },
          { field: 'validFrom', column: 'vanaf' },
          { field: 'validTo', column: 'tot' },
        ],
        options: { delimiter: 'tab' },
      })
    ).json<ImportMapping>()
    const statuses = Buffer.from('status id\tklant\tstatus\tvanaf\ttot\nST1\tA1\texemption\t01-01-2026\t\nST2\tA1\temployment\t01-03-2026\t\nST3\tNOBODY\texemption\t01-01-2026\t\n')
    const statusRun = await runImport(statuses, { mappingId: statusMapping.id })
    expect(statusRun.counts).toEqual({ created: 2, changed: 0, unchanged: 0, rejected: 1 })
    expect((await rowsOf(statusRun.id, 'rejected'))[0]!.errors[0]).toMatchObject({ field: 'clientSourceId', column: 'klant' })
    const ended = await runImport(Buffer.from('status id\tklant\tstatus\tvanaf\ttot\nST1\tA1\texemption\t01-01-2026\t28-02-2026\n'), { mappingId: statusMapping.id })
    expect(ended.counts).toEqual({ created: 0, changed: 1, unchanged: 0, rejected: 0 })

    const interventionMapping = (
      await admin.request('POST', '/api/v1/import-mappings', {
        name: 'sonar-interventions',
        kind: 'interventions',
        sourceSystem: 'spreadsheet',
        columns: [
          { field: 'sourceId', column: 'Trajectnummer' },
          { field: 'clientSourceId', column: 'Klant' },
          { field: 'typeCode', column: 'Product' },
          { field: 'status', column: 'Status' },
          { field: 'startDate', column: 'Start' },
          { field: 'endDate', column: 'Eind' },
        ],
        options: {
          valueMaps: [
            { field: 'typeCode', from: 'SOL', to: 'job_application_training' },
            { field: 'status', from: 'Lopend', to: 'active' },
            { field: 'status', from: 'Afgerond', to: 'completed' },
          ],
        },
      })
    ).json<ImportMapping>()
    const interventions = (lines: string[]) => Buffer.from(['Trajectnummer;Klant;Product;Status;Start;Eind', ...lines].join('\n'))
    const started = await runImport(interventions(['T1;A1;SOL;Lopend;01-02-2026;', 'T2;A2;ONBEKEND;Lopend;01-02-2026;']), { mappingId: interventionMapping.id })
    expect(started.counts).toEqual({ created: 1, changed: 0, unchanged: 0, rejected: 1 })
    const completed = await runImport(interventions(['T1;A1;SOL;Afgerond;01-02-2026;15-03-2026']), { mappingId: interventionMapping.id })
    expect(completed.counts).toEqual({ created: 0, changed: 1, unchanged: 0, rejected: 0 })
    expect((await rowsOf(completed.id, 'changed'))[0]!.changedFields).toEqual(['status', 'endDate'])

    const coachMapping = (
      await admin.request('POST', '/api/v1/import-mappings', {
        name: 'spreadsheet-coaches',
        kind: 'assignments',
        sourceSystem: 'spreadsheet',
        columns: [
          { field: 'clientSourceId', column: 'klant' },
          { field: 'coachUsername', column: 'coach' },
        ],
      })
    ).json<ImportMapping>()
    const coaches = Buffer.from(`klant;coach\nA1;${tenant.coach.username}\nA2;niemand\n`)
    const assigned = await runImport(coaches, { mappingId: coachMapping.id })
    expect(assigned.counts).toEqual({ created: 1, changed: 0, unchanged: 0, rejected: 1 })
    expect((await runImport(coaches, { mappingId: coachMapping.id })).counts).toEqual({ created: 0, changed: 0, unchanged: 1, rejected: 1 })
  })

  it('refuses a whole file that cannot be read: wrong encoding, missing columns, not a CSV, too large', async () => {
    const strict = (await admin.request('POST', '/api/v1/import-mappings', { ...suiteMapping('suite-utf8-only'), options: { encoding: 'utf-8' } })).json<ImportMapping>()
    const wrongEncoding = await upload(admin, '/api/v1/imports', { name: 'k.csv', bytes: windows1252(['S;1;Zoë;;X;;;;;;']) }, { mappingId: strict.id })
    expect(wrongEncoding.statusCode).toBe(400)
    expect(wrongEncoding.json<Problem>()).toMatchObject({ code: 'wrong-encoding', detail: expect.stringContaining('not valid UTF-8') })

    const missing = await upload(admin, '/api/v1/imports', { name: 'k.csv', bytes: Buffer.from('Klantnummer Suite;Voornamen\n1;Jan\n') }, { mappingId: mapping.id })
    expect(missing.json<Problem>()).toMatchObject({ status: 400, code: 'columns-missing', detail: expect.stringContaining('"BSN"') })

    const binary = await upload(admin, '/api/v1/imports', { name: 'k.csv', bytes: Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64)]) }, { mappingId: mapping.id })
    expect(binary.json<Problem>().code).toBe('not-a-text-file')

    const noMapping = await upload(admin, '/api/v1/imports', { name: 'k.csv', bytes: windows1252([]) }, { mappingId: crypto.randomUUID() })
    expect(noMapping.json<Problem>()).toMatchObject({ status: 400, code: 'unknown-mapping' })

    const tooLarge = await upload(admin, '/api/v1/imports', { name: 'groot.csv', bytes: Buffer.alloc(51 * 1024 * 1024, 'a') }, { mappingId: mapping.id })
    expect(tooLarge.statusCode).toBe(413)
    expect(tooLarge.headers['content-type']).toContain('application/problem+json')
    expect(tooLarge.json<Problem>()).toMatchObject({ code: 'file-too-large', detail: expect.stringContaining('50 MB') })
    expect(await count("SELECT count(*)::int AS n FROM import_runs WHERE tenant_id = $1 AND status = 'queued'", [tenant.id])).toBe(0)
  })

  describe('batches', () => {
    let other: Awaited<ReturnType<typeof createTestTenant>>
    let adminId: string

    beforeAll(async () => {
      other = await createTestTenant(t.ctx)
      const signedIn = await signIn(t.app, other.slug, other.admin)
      adminId = (await signedIn.request('GET', '/api/v1/session')).json<{ user: { id: string } }>().user.id
      expect((await signedIn.request('POST', '/api/v1/import-mappings', suiteMapping('suite-clients'))).statusCode).toBe(201)
    })

    const lines = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}-${i + 1};${nextBsn()};Klant;;Nummer ${i + 1};01-01-1980;;;PW;01-01-2026;`)
    const queue = (bytes: Buffer) =>
      startImport(t.ctx, { tenantId: other.id, userId: adminId, traceId: crypto.randomBytes(16).toString('hex'), origin: 'api', mapping: { name: 'suite-clients' }, file: { name: 'k.csv', bytes }, dryRun: false })
    const clientsWith = (prefix: string) => count('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1 AND source_id LIKE $2', [other.id, `${prefix}-%`])

    it("keeps organisations apart: another organisation's runs and mappings are invisible", async () => {
      const mine = (await admin.request('GET', '/api/v1/imports')).json<{ imports: ImportRun[] }>().imports
      expect(mine.length).toBeGreaterThan(3)
      expect(mine.every((run) => run.mappingName !== '')).toBe(true)
      const stranger = await signIn(t.app, other.slug, other.admin)
      expect((await stranger.request('GET', '/api/v1/imports')).json<{ imports: ImportRun[] }>().imports.map((r) => r.id)).not.toContain(mine[0]!.id)
      expect((await stranger.request('GET', `/api/v1/imports/${mine[0]!.id}`)).statusCode).toBe(404)
      expect((await stranger.request('GET', `/api/v1/imports/${mine[0]!.id}/rows`)).statusCode).toBe(404)
      expect((await stranger.request('GET', `/api/v1/imports/${mine[0]!.id}/report.csv`)).statusCode).toBe(404)
      const borrowed = await upload(stranger, '/api/v1/imports', { name: 'k.csv', bytes: windows1252([]) }, { mappingId: mapping.id })
      expect(borrowed.json<Problem>()).toMatchObject({ status: 400, code: 'unknown-mapping' })
    })

    it('a row the database refuses is rejected whole, and the rest of its batch is written', async () => {
      await t.ctx.db.owner.query(`CREATE FUNCTION koers_test_refuse_status() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.source_id LIKE 'REFUSED-2/%' THEN RAISE EXCEPTION 'refused by a test'; END IF; RETURN NEW; END $$`)
      await t.ctx.db.owner.query('CREATE TRIGGER koers_test_refuse_status BEFORE INSERT ON client_statuses FOR EACH ROW EXECUTE FUNCTION koers_test_refuse_status()')
      try {
        const run = await queue(windows1252(lines('REFUSED', 3)))
        const done = await processImportRun(t.ctx, { tenantId: other.id, runId: run.id })
        expect(done).toMatchObject({ status: 'done', created_count: 2, rejected_count: 1 })
        // The client of the refused status was rolled back with it: no half row.
        expect(await count("SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1 AND source_id = 'REFUSED-2'", [other.id])).toBe(0)
        expect(await clientsWith('REFUSED')).toBe(2)
      } finally {
        await t.ctx.db.owner.query('DROP TRIGGER koers_test_refuse_status ON client_statuses; DROP FUNCTION koers_test_refuse_status()')
      }
    })

    it('a failure that is not a row’s rolls back the whole batch; the run then resumes from there', async () => {
      const run = await queue(windows1252(lines('HALTED', 250)))
      await t.ctx.db.owner.query('UPDATE import_runs SET batch_size = 100 WHERE id = $1', [run.id])
      await processImportRun(t.ctx, { tenantId: other.id, runId: run.id }, { maxBatches: 1 })
      await t.ctx.db.owner.query(`CREATE FUNCTION koers_test_halt() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.row_number = 150 THEN RAISE EXCEPTION 'disk on fire' USING ERRCODE = '58030'; END IF; RETURN NEW; END $$`)
      await t.ctx.db.owner.query('CREATE TRIGGER koers_test_halt BEFORE INSERT ON import_run_rows FOR EACH ROW EXECUTE FUNCTION koers_test_halt()')
      try {
        await expect(processImportRun(t.ctx, { tenantId: other.id, runId: run.id })).rejects.toThrow()
      } finally {
        await t.ctx.db.owner.query('DROP TRIGGER koers_test_halt ON import_run_rows; DROP FUNCTION koers_test_halt()')
      }
      const state = await t.ctx.db.owner.query('SELECT status, next_row, created_count FROM import_runs WHERE id = $1', [run.id])
      expect(state.rows[0]).toEqual({ status: 'running', next_row: 100, created_count: 100 })
      expect(await clientsWith('HALTED')).toBe(100)
      expect(await processImportRun(t.ctx, { tenantId: other.id, runId: run.id })).toMatchObject({ status: 'done', next_row: 250, created_count: 250 })
      expect(await clientsWith('HALTED')).toBe(250)
    })

    it('resumes after a crash: the job started again goes on from next_row, without duplicates', async () => {
      const run = await queue(windows1252(lines('CRASH', 260)))
      await t.ctx.db.owner.query('UPDATE import_runs SET batch_size = 100 WHERE id = $1', [run.id])
      // A worker that did one batch and then died: the run stays running, next_row at 100.
      await processImportRun(t.ctx, { tenantId: other.id, runId: run.id }, { maxBatches: 1 })
      expect((await t.ctx.db.owner.query('SELECT status, next_row FROM import_runs WHERE id = $1', [run.id])).rows[0]).toEqual({ status: 'running', next_row: 100 })
      expect(await clientsWith('CRASH')).toBe(100)

      const job = { id: crypto.randomUUID(), name: importRunJob.name, data: { tenantId: other.id, runId: run.id }, retryCount: 1, retryLimit: 3 }
      await workImportRunJob(t.ctx, job as unknown as PgBoss.JobWithMetadata<ImportRunRef>, { info: () => undefined, error: () => undefined })
      const state = await t.ctx.db.owner.query('SELECT status, next_row, created_count, rejected_count FROM import_runs WHERE id = $1', [run.id])
      expect(state.rows[0]).toEqual({ status: 'done', next_row: 260, created_count: 260, rejected_count: 0 })
      expect(await clientsWith('CRASH')).toBe(260)
      expect(await count('SELECT count(*)::int AS n FROM import_run_rows WHERE run_id = $1', [run.id])).toBe(260)
      expect(await count("SELECT count(*)::int AS n FROM client_statuses WHERE tenant_id = $1 AND source_id LIKE 'CRASH-%'", [other.id])).toBe(260)
    })

    // On the embedded database, pg-boss's connections and busy transactions can interleave their
    // statements (pglite-socket serialises messages, not whole queries), so the queue is tested
    // end to end on PostgreSQL; the job's work itself is tested on both above.
    it.runIf(database.name === 'postgresql')('through the job queue: runs left running are sent again when the jobs start, and an upload is worked by the worker', async () => {
      const left = await queue(windows1252(lines('LEFT', 150)))
      await t.ctx.db.owner.query('UPDATE import_runs SET batch_size = 100 WHERE id = $1', [left.id])
      await processImportRun(t.ctx, { tenantId: other.id, runId: left.id }, { maxBatches: 1 })

      const jobs: Jobs = await startJobs(t.ctx, { info: () => undefined, error: () => undefined })
      try {
        const signedIn = await signIn(t.app, other.slug, other.admin)
        const finished = async (runId: string) => {
          for (let i = 0; i < 120; i++) {
            const run = (await signedIn.request('GET', `/api/v1/imports/${runId}`)).json<ImportRun>()
            if (run.status === 'done' || run.status === 'failed') return run
            await new Promise((resolve) => setTimeout(resolve, 250))
          }
          throw new Error('the run did not finish')
        }
        expect(await finished(left.id)).toMatchObject({ status: 'done', processedRows: 150, counts: { created: 150, changed: 0, unchanged: 0, rejected: 0 } })

        const mappingId = (await signedIn.request('GET', '/api/v1/import-mappings')).json<{ mappings: ImportMapping[] }>().mappings[0]!.id
        const { body, type } = multipart({ name: 'k.csv', bytes: windows1252(lines('QUEUED', 3)) }, { mappingId })
        const uploaded = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...signedIn.jar.header(), 'x-csrf-token': signedIn.csrfToken!, 'content-type': type }, payload: body })
        expect(uploaded.statusCode).toBe(202)
        expect((await finished(uploaded.json<ImportRun>().id)).counts).toEqual({ created: 3, changed: 0, unchanged: 0, rejected: 0 })
      } finally {
        await jobs.stop()
      }
      expect(await clientsWith('LEFT')).toBe(150)
    })
  })

  describe('a batch worked set-based', () => {
    const statusHeader = 'Id;Klant;Status;Vanaf;Tot'
    let statusMapping: ImportMapping

    beforeAll(async () => {
      const clients = await runImport(
        windows1252([`OV-1;${nextBsn()};Olga;;Visser;01-01-1980;;;;;`, `OV-2;${nextBsn()};Otto;;Vos;01-01-1981;;;;;`, `OV-3;${nextBsn()};Oscar;;Veld;01-01-1982;;;;;`]),
      )
      expect(clients.counts).toEqual({ created: 3, changed: 0, unchanged: 0, rejected: 0 })
      const created = await admin.request('POST', '/api/v1/import-mappings', {
        name: 'suite-statuses',
        kind: 'statuses',
        sourceSystem: 'suite',
        columns: [
          { field: 'sourceId', column: 'Id' },
          { field: 'clientSourceId', column: 'Klant' },
          { field: 'statusCode', column: 'Status' },
          { field: 'validFrom', column: 'Vanaf' },
          { field: 'validTo', column: 'Tot' },
        ],
      })
      expect(created.statusCode, created.body).toBe(201)
      statusMapping = created.json<ImportMapping>()
    })

    const periodsOf = async (sourceId: string) =>
      (
        await t.ctx.db.owner.query<{ source_id: string; valid_from: string; valid_to: string | null }>(
          `SELECT s.source_id, s.valid_from::text, s.valid_to::text FROM client_statuses s JOIN clients c ON c.tenant_id = s.tenant_id AND c.id = s.client_id
            WHERE s.tenant_id = $1 AND c.source_id = $2 ORDER BY s.valid_from`,
          [tenant.id, sourceId],
        )
      ).rows

    it('an overlapping status period in the middle of a batch is rejected with the reason, the rows around it are written, and the dry run says the same', async () => {
      const file = Buffer.from(
        [
          statusHeader,
          'P1;OV-1;exemption;01-01-2025;30-06-2025',
          'P2;OV-1;exemption;01-03-2025;', // overlaps P1
          'P3;OV-2;exemption;01-01-2025;',
          'P4;OV-1;exemption;01-07-2025;',
          'P5;OV-1;exemption;01-01-2026;', // closes P4 the day before
          'P6;OV-2;exemption;01-01-2024;', // starts before P3, which still holds
          'P7;OV-3;exemption;01-02-2025;01-01-2025', // ends before it starts
          'P8;OV-3;employment;01-01-2025;', // the same source id twice in the batch
          'P8;OV-3;employment;01-02-2025;',
        ].join('\n'),
      )
      const dry = await runImport(file, { mappingId: statusMapping.id, dryRun: true })
      const real = await runImport(file, { mappingId: statusMapping.id })
      expect(real.counts).toEqual({ created: 4, changed: 0, unchanged: 0, rejected: 5 })
      const verdicts = (rows: ImportRowReport[]) => rows.map((r) => [r.rowNumber, r.outcome, r.errors])
      expect(verdicts(await rowsOf(dry.id))).toEqual(verdicts(await rowsOf(real.id)))
      const rejected = new Map((await rowsOf(real.id, 'rejected')).map((r) => [r.sourceId, r.errors]))
      expect(rejected.get('P2')).toEqual([{ field: 'row', column: null, message: 'A period of this status from 2025-01-01 overlaps the new one.' }])
      expect(rejected.get('P6')).toEqual([{ field: 'row', column: null, message: 'This status holds already since 2025-01-01; a change must start later.' }])
      expect(rejected.get('P7')).toEqual([{ field: 'validTo', column: 'Tot', message: 'The end lies before the start (2025-02-01).' }])
      for (const row of [9, 10]) {
        expect((await rowsOf(real.id, 'rejected')).find((r) => r.rowNumber === row)!.errors).toEqual([expect.objectContaining({ field: 'sourceId', message: expect.stringContaining('appears on rows 9, 10') })])
      }
      expect(await periodsOf('OV-1')).toEqual([
        { source_id: 'P1', valid_from: '2025-01-01', valid_to: '2025-06-30' },
        { source_id: 'P4', valid_from: '2025-07-01', valid_to: '2025-12-31' },
        { source_id: 'P5', valid_from: '2026-01-01', valid_to: null },
      ])
      expect(await periodsOf('OV-2')).toEqual([{ source_id: 'P3', valid_from: '2025-01-01', valid_to: null }])
      // A refused row leaves nothing behind: not the start of P7 without its end.
      expect(await periodsOf('OV-3')).toEqual([])
      const events = await t.ctx.db.owner.query<{ kind: string; n: number }>(
        `SELECT e.kind, count(*)::int AS n FROM client_events e JOIN clients c ON c.tenant_id = e.tenant_id AND c.id = e.client_id
          WHERE e.tenant_id = $1 AND c.source_id IN ('OV-1', 'OV-2', 'OV-3') AND e.kind LIKE 'status.%' GROUP BY e.kind ORDER BY e.kind`,
        [tenant.id],
      )
      expect(events.rows).toEqual([
        { kind: 'status.ended', n: 1 },
        { kind: 'status.started', n: 4 },
      ])

      const again = await runImport(file, { mappingId: statusMapping.id })
      expect(again.counts).toEqual({ created: 0, changed: 0, unchanged: 4, rejected: 5 })
      expect(await periodsOf('OV-1')).toHaveLength(3)
    })

    it('a row that changes nothing is left alone beside rows that change, and a BSN or client number of another client refuses the row', async () => {
      const numbers = await t.ctx.db.owner.query<{ source_id: string; client_number: string }>(
        "SELECT source_id, client_number FROM clients WHERE tenant_id = $1 AND source_id IN ('OV-1', 'OV-2') ORDER BY source_id",
        [tenant.id],
      )
      const taken = nextBsn()
      const holder = await runImport(windows1252([`OV-4;${taken};Olivia;;Vink;01-01-1983;;;;;`]))
      expect(holder.counts.created).toBe(1)
      const before = await t.ctx.db.owner.query<{ source_id: string; updated_at: Date }>("SELECT source_id, updated_at FROM clients WHERE tenant_id = $1 AND source_id LIKE 'OV-%'", [tenant.id])
      const eventsBefore = await count("SELECT count(*)::int AS n FROM client_events e JOIN clients c ON c.id = e.client_id WHERE e.tenant_id = $1 AND c.source_id = 'OV-3'", [tenant.id])
      const numbered = await admin.request('POST', '/api/v1/import-mappings', {
        ...suiteMapping('suite-numbered'),
        columns: [...suiteMapping('x').columns, { field: 'clientNumber', column: 'Klantnummer' }],
      })
      expect(numbered.statusCode, numbered.body).toBe(201)
      const header = `${suiteHeader};Klantnummer`
      const file = Buffer.from(
        [
          header,
          `OV-1;;Olga;;Visser;01-01-1980;7001 AB;;;;;`, // a new postcode
          `OV-2;;Otto;;Vos;01-01-1981;;;;;;${numbers.rows[0]!.client_number}`, // the client number of OV-1
          `OV-3;;Oscar;;Veld;01-01-1982;;;;;;`, // nothing new
          `OV-5;${taken};Onno;;Valk;01-01-1984;;;;;;`, // the BSN of OV-4
        ].join('\r\n'),
        'latin1',
      )
      const run = await runImport(file, { mappingId: numbered.json<ImportMapping>().id })
      expect(run.counts).toEqual({ created: 0, changed: 1, unchanged: 1, rejected: 2 })
      const rows = new Map((await rowsOf(run.id)).map((r) => [r.sourceId, r]))
      expect(rows.get('OV-1')).toMatchObject({ outcome: 'changed', changedFields: ['postcode'] })
      expect(rows.get('OV-2')).toMatchObject({ outcome: 'rejected', errors: [{ field: 'row', column: null, message: `Client number ${numbers.rows[0]!.client_number} is in use already.` }] })
      expect(rows.get('OV-3')).toMatchObject({ outcome: 'unchanged', changedFields: [] })
      expect(rows.get('OV-5')!.errors).toEqual([{ field: 'row', column: null, message: expect.stringMatching(/^A client with this BSN exists already \(K\d{7}\)\.$/) }])
      expect(JSON.stringify(rows.get('OV-5'))).not.toContain(taken)
      const after = await t.ctx.db.owner.query<{ source_id: string; updated_at: Date }>("SELECT source_id, updated_at FROM clients WHERE tenant_id = $1 AND source_id LIKE 'OV-%'", [tenant.id])
      for (const row of after.rows) {
        const earlier = before.rows.find((b) => b.source_id === row.source_id)!
        expect(row.updated_at.getTime() === earlier.updated_at.getTime(), row.source_id).toBe(row.source_id !== 'OV-1')
      }
      expect(await count("SELECT count(*)::int AS n FROM client_events e JOIN clients c ON c.id = e.client_id WHERE e.tenant_id = $1 AND c.source_id = 'OV-3'", [tenant.id])).toBe(eventsBefore)
      expect(await count("SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1 AND source_id = 'OV-5'", [tenant.id])).toBe(0)
    })
  })

  describe('attendance', () => {
    const shift = (days: number) => {
      const d = new Date(`${todayInAmsterdam()}T12:00:00Z`)
      d.setUTCDate(d.getUTCDate() + days)
      return d.toISOString().slice(0, 10)
    }
    const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7
    /** The most recent day before today that is (or is not) a working day. */
    const lastDay = (working: boolean) => {
      for (let back = 1; ; back++) if ((weekday(shift(-back)) <= 5) === working) return shift(-back)
    }
    const dutch = (iso: string) => iso.split('-').reverse().join('-')
    const header = 'Klant;Klantnummer;Datum;Aanwezigheid;Locatie;Opmerking'
    let coach: TestClient
    let attendanceMapping: ImportMapping
    let workday: string
    const clientIds: Record<string, string> = {}
    const clientNumbers: Record<string, string> = {}

    beforeAll(async () => {
      workday = lastDay(true)
      const clientsMapping = (
        await admin.request('POST', '/api/v1/import-mappings', {
          name: 'timeclock-clients',
          kind: 'clients',
          sourceSystem: 'timeclock',
          columns: [
            { field: 'sourceId', column: 'id' },
            { field: 'firstNames', column: 'voornaam' },
            { field: 'surname', column: 'achternaam' },
          ],
        })
      ).json<ImportMapping>()
      expect((await runImport(Buffer.from('id;voornaam;achternaam\nAT-1;Aart;Aalders\nAT-2;Bea;Bakker\nAT-3;Cor;Claassen\n'), { mappingId: clientsMapping.id })).counts.created).toBe(3)
      const coachMapping = (
        await admin.request('POST', '/api/v1/import-mappings', {
          name: 'timeclock-coaches',
          kind: 'assignments',
          sourceSystem: 'timeclock',
          columns: [
            { field: 'clientSourceId', column: 'klant' },
            { field: 'coachUsername', column: 'coach' },
          ],
        })
      ).json<ImportMapping>()
      const u = tenant.coach.username
      expect((await runImport(Buffer.from(`klant;coach\nAT-1;${u}\nAT-2;${u}\nAT-3;${u}\n`), { mappingId: coachMapping.id })).counts.created).toBe(3)
      const rows = await t.ctx.db.owner.query<{ id: string; source_id: string; client_number: string }>(
        "SELECT id, source_id, client_number FROM clients WHERE tenant_id = $1 AND source_system = 'timeclock'",
        [tenant.id],
      )
      for (const row of rows.rows) {
        clientIds[row.source_id] = row.id
        clientNumbers[row.source_id] = row.client_number
      }
      coach = await signIn(t.app, tenant.slug, tenant.coach)
      for (const id of Object.values(clientIds)) {
        const schedule = await coach.request('POST', `/api/v1/clients/${id}/attendance-schedules`, {
          location: 'Werkleercentrum Ulft',
          weekdays: [1, 2, 3, 4, 5],
          startsAt: '08:30',
          endsAt: '12:30',
          validFrom: shift(-30),
        })
        expect(schedule.statusCode, schedule.body).toBe(201)
      }
      const created = await admin.request('POST', '/api/v1/import-mappings', {
        name: 'timeclock-attendance',
        kind: 'attendance',
        sourceSystem: 'timeclock',
        columns: [
          { field: 'clientSourceId', column: 'Klant' },
          { field: 'clientNumber', column: 'Klantnummer' },
          { field: 'day', column: 'Datum' },
          { field: 'attendanceStatus', column: 'Aanwezigheid' },
          { field: 'location', column: 'Locatie' },
          { field: 'note', column: 'Opmerking' },
        ],
        options: {
          valueMaps: [
            { field: 'attendanceStatus', from: 'Aanwezig', to: 'present' },
            { field: 'attendanceStatus', from: 'Ziek', to: 'sick' },
            { field: 'attendanceStatus', from: 'Afwezig zonder afmelding', to: 'absent_without_notice' },
          ],
        },
      })
      expect(created.statusCode, created.body).toBe(201)
      attendanceMapping = created.json<ImportMapping>()
    })

    const suggested = async (clientId: string) =>
      (await coach.request('GET', `/api/v1/clients/${clientId}`)).json<{ suggestedActions: { signalCode: string }[] }>().suggestedActions.map((a) => a.signalCode)

    it('a mapping of attendance names the client by source id or client number', async () => {
      const response = await admin.request('POST', '/api/v1/import-mappings', {
        name: 'attendance-without-client',
        kind: 'attendance',
        sourceSystem: 'timeclock',
        columns: [
          { field: 'day', column: 'Datum' },
          { field: 'attendanceStatus', column: 'Aanwezigheid' },
        ],
      })
      expect(response.statusCode).toBe(400)
      expect(response.json<Problem>().errors).toEqual([{ field: 'columns', message: 'must map clientSourceId or clientNumber' }])
    })

    it('records the register of a time clock by source id or client number; a day outside the schedule is rejected with the reason; absent without notice raises the signal', async () => {
      const file = Buffer.from(
        [
          header,
          `AT-1;;${dutch(workday)};Aanwezig;;`,
          `;${clientNumbers['AT-2']};${dutch(workday)};Afwezig zonder afmelding;Werkleercentrum Ulft;`,
          `AT-3;;${dutch(lastDay(false))};Aanwezig;;`, // a weekend day: not in the schedule
          `AT-3;;${dutch(workday)};Aanwezig;Bakkerij De Korf;`, // scheduled elsewhere
          `AT-9;;${dutch(workday)};Aanwezig;;`, // no such client
          `AT-1;;${dutch(lastDay(false))};Misschien;;`, // no such status
          `AT-1;;${dutch(shift(-20))};Ziek;;;extra`, // a value too many
        ].join('\n'),
      )
      const dry = await runImport(file, { mappingId: attendanceMapping.id, dryRun: true })
      expect(dry.counts).toEqual({ created: 2, changed: 0, unchanged: 0, rejected: 5 })
      expect(await count("SELECT count(*)::int AS n FROM attendance_records WHERE tenant_id = $1 AND source = 'import'", [tenant.id])).toBe(0)

      const run = await runImport(file, { mappingId: attendanceMapping.id })
      expect(run).toMatchObject({ kind: 'attendance', counts: { created: 2, changed: 0, unchanged: 0, rejected: 5 } })
      const rejected = new Map((await rowsOf(run.id, 'rejected')).map((r) => [r.rowNumber, r.errors]))
      expect(rejected.get(4)).toEqual([{ field: 'day', column: 'Datum', message: `The client is not scheduled on ${lastDay(false)}.` }])
      expect(rejected.get(5)).toEqual([{ field: 'location', column: 'Locatie', message: `The client is not scheduled at this location on ${workday}.` }])
      expect(rejected.get(6)).toEqual([{ field: 'clientSourceId', column: 'Klant', message: 'is not a client imported from timeclock; import the clients first' }])
      expect(rejected.get(7)).toEqual([{ field: 'attendanceStatus', column: 'Aanwezigheid', message: 'is not one of present, sick, leave, absent_with_notice, absent_without_notice' }])
      expect(rejected.get(8)).toEqual([expect.objectContaining({ field: 'row', message: expect.stringContaining('has 7 values') })])

      const register = (await coach.request('GET', `/api/v1/attendance-register?day=${workday}`)).json<{ rows: { clientId: string; status: string | null }[] }>()
      const statusOf = (id: string) => register.rows.find((r) => r.clientId === id)?.status
      expect([statusOf(clientIds['AT-1']!), statusOf(clientIds['AT-2']!), statusOf(clientIds['AT-3']!)]).toEqual(['present', 'absent_without_notice', null])
      expect(await suggested(clientIds['AT-2']!)).toContain('absent_without_notice')
      expect(await suggested(clientIds['AT-1']!)).not.toContain('absent_without_notice')
      const timeline = (await coach.request('GET', `/api/v1/clients/${clientIds['AT-2']}`)).json<{ timeline: { kind: string }[] }>().timeline
      expect(timeline[0]!.kind).toBe('attendance.recorded')
    })

    it('the same file again changes nothing; a correction supersedes the entry, keeps it in the history, and ends the signal', async () => {
      const lines = [header, `AT-1;;${dutch(workday)};Aanwezig;;`, `;${clientNumbers['AT-2']};${dutch(workday)};Afwezig zonder afmelding;;`]
      const again = await runImport(Buffer.from(lines.join('\n')), { mappingId: attendanceMapping.id })
      expect(again.counts).toEqual({ created: 0, changed: 0, unchanged: 2, rejected: 0 })

      const corrected = await runImport(Buffer.from([header, `AT-2;${clientNumbers['AT-2']};${dutch(workday)};Ziek;;Ziek gemeld via de telefoon`].join('\n')), {
        mappingId: attendanceMapping.id,
      })
      expect(corrected.counts).toEqual({ created: 0, changed: 1, unchanged: 0, rejected: 0 })
      expect((await rowsOf(corrected.id))[0]!.changedFields).toEqual(['attendanceStatus', 'note'])
      const entries = await t.ctx.db.owner.query('SELECT status, note, source, superseded_at IS NULL AS current FROM attendance_records WHERE client_id = $1 ORDER BY recorded_at', [
        clientIds['AT-2'],
      ])
      expect(entries.rows).toEqual([
        { status: 'absent_without_notice', note: null, source: 'import', current: false },
        { status: 'sick', note: 'Ziek gemeld via de telefoon', source: 'import', current: true },
      ])
      expect(await suggested(clientIds['AT-2']!)).not.toContain('absent_without_notice')

      const mismatch = await runImport(Buffer.from([header, `AT-1;${clientNumbers['AT-2']};${dutch(workday)};Ziek;;`].join('\n')), { mappingId: attendanceMapping.id })
      expect((await rowsOf(mismatch.id, 'rejected'))[0]!.errors).toEqual([{ field: 'clientNumber', column: 'Klantnummer', message: "is not the number of the client with this row's source id" }])
    })
  })

  it('picks up files from the import folder, moving each to done/ or failed/', async () => {
    const folder = path.join(importDir, tenant.slug, 'suite-clients')
    fs.mkdirSync(folder, { recursive: true })
    const past = new Date(Date.now() - 5 * 60_000)
    fs.writeFileSync(path.join(folder, 'week-12.csv'), windows1252([`FOLDER-1;${nextBsn()};Zoë;;Map;01-01-1990;;;PW;01-01-2026;`]))
    fs.writeFileSync(path.join(folder, 'kapot.csv'), Buffer.from('Geen;Goede;Kolommen\n1;2;3\n'))
    fs.writeFileSync(path.join(folder, 'notities.txt'), 'not an import')
    fs.writeFileSync(path.join(folder, 'nog-bezig.csv'), windows1252([]))
    for (const name of ['week-12.csv', 'kapot.csv']) fs.utimesSync(path.join(folder, name), past, past)

    const queued: string[] = []
    const send = async (ref: { runId: string }) => {
      queued.push(ref.runId)
      return true
    }
    const picked = await runImportFolderPickup({ ...t.ctx, config: { ...t.ctx.config, importDir } }, send)
    expect(picked.map((p) => [p.file, p.importId === null])).toEqual([
      ['kapot.csv', true],
      ['week-12.csv', false],
    ])
    const importId = picked.find((p) => p.file === 'week-12.csv')!.importId!
    expect(queued).toEqual([importId])
    await processImportRun(t.ctx, { tenantId: tenant.id, runId: importId })
    const run = await waitForRun(importId)
    expect(run).toMatchObject({ origin: 'folder', requestedBy: null, dryRun: false, counts: { created: 1 } })
    expect(fs.readdirSync(folder).sort()).toEqual(['done', 'failed', 'nog-bezig.csv', 'notities.txt'])
    expect(fs.readdirSync(path.join(folder, 'done'))).toEqual([expect.stringMatching(/^\d{8}T\d{6}Z-week-12\.csv$/)])
    const failed = fs.readdirSync(path.join(folder, 'failed')).sort()
    expect(failed).toEqual([expect.stringMatching(/-kapot\.csv$/), expect.stringMatching(/-kapot\.csv\.reason\.txt$/)])
    expect(fs.readFileSync(path.join(folder, 'failed', failed[1]!), 'utf8')).toContain('has no column')
  })
})
