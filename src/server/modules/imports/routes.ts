import fastifyMultipart from '@fastify/multipart'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  ImportIdParams,
  ImportMapping,
  ImportMappingList,
  ImportPreview,
  ImportPreviewUpload,
  ImportRowList,
  ImportRowQuery,
  ImportRun,
  ImportRunList,
  ImportRunQuery,
  ImportUpload,
  MappingIdParams,
  NewImportMapping,
} from '../../../common/api/imports.js'
import { uuidPattern } from '../../../common/uuid.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import { badRequest } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { importUpload, listImports, previewFile, readImport, readImportReport, readImportRows } from './importService.js'
import { createMapping, deleteMapping, listMappings, readMapping, replaceMapping } from './mappings.js'
import { importFileLimitBytes, importFileLimitText } from './parseFile.js'
import { choice, readUpload } from './readUpload.js'

const tags = ['Imports']
const adminOnly = { access: { kind: 'staff' as const, roles: ['admin' as const] } }

/**
 * A multipart body is read and checked by the handler (file size, fields), not by the schema
 * validator: the schema is there to document the form in the OpenAPI document.
 */
const multipart = { consumes: ['multipart/form-data'] }
const handlerChecksBody = () => () => true

export function importRoutes(app: App, ctx: AppContext): void {
  void app.register(async (instance) => {
    const scope = instance.withTypeProvider<TypeBoxTypeProvider>()
    await scope.register(fastifyMultipart, { limits: { fileSize: importFileLimitBytes } })

    scope.post(
      '/api/v1/import-previews',
      {
        config: adminOnly,
        validatorCompiler: handlerChecksBody,
        schema: {
          tags,
          summary: `Read a CSV or XLSX file (at most ${importFileLimitText}) without importing it: encoding, separator, columns and the first rows, to make a mapping`,
          ...multipart,
          body: ImportPreviewUpload,
          response: { 200: ImportPreview, 413: Type.Null({ description: `The file is larger than ${importFileLimitText}` }) },
        },
      },
      async (request) => {
        const { file, fields } = await readUpload(request, ['delimiter', 'encoding', 'sheet'])
        return previewFile(file, {
          delimiter: choice(fields, 'delimiter', ['auto', ',', ';', 'tab', '|'] as const),
          encoding: choice(fields, 'encoding', ['auto', 'utf-8', 'windows-1252'] as const),
          sheet: fields.sheet || undefined,
        })
      },
    )

    scope.get(
      '/api/v1/import-mappings',
      { config: adminOnly, schema: { tags, summary: 'The saved column mappings of import files', response: { 200: ImportMappingList } } },
      async (request) => ({ mappings: await listMappings(ctx, staffActor(request)) }),
    )

    scope.post(
      '/api/v1/import-mappings',
      { config: adminOnly, schema: { tags, summary: "Save how the columns of a system's export map to Koers fields", body: NewImportMapping, response: { 201: ImportMapping } } },
      async (request, reply) => reply.code(201).send(await createMapping(ctx, request.id, staffActor(request), request.body as NewImportMapping)),
    )

    scope.get(
      '/api/v1/import-mappings/:mappingId',
      { config: adminOnly, schema: { tags, summary: 'One column mapping', params: MappingIdParams, response: { 200: ImportMapping } } },
      async (request) => readMapping(ctx, staffActor(request), request.params.mappingId),
    )

    scope.put(
      '/api/v1/import-mappings/:mappingId',
      {
        config: adminOnly,
        schema: { tags, summary: 'Change a column mapping (runs under way keep the mapping they started with)', params: MappingIdParams, body: NewImportMapping, response: { 200: ImportMapping } },
      },
      async (request) => replaceMapping(ctx, request.id, staffActor(request), request.params.mappingId, request.body as NewImportMapping),
    )

    scope.delete(
      '/api/v1/import-mappings/:mappingId',
      { config: adminOnly, schema: { tags, summary: 'Delete a column mapping (the reports of its runs stay)', params: MappingIdParams, response: { 204: Type.Null() } } },
      async (request, reply) => {
        await deleteMapping(ctx, request.id, staffActor(request), request.params.mappingId)
        return reply.code(204).send(null)
      },
    )

    scope.post(
      '/api/v1/imports',
      {
        config: adminOnly,
        validatorCompiler: handlerChecksBody,
        schema: {
          tags,
          summary: `Import a file (CSV or XLSX, at most ${importFileLimitText}) with a saved mapping, or do a dry run that reports and changes nothing; the run is queued and works in batches`,
          ...multipart,
          body: ImportUpload,
          response: { 202: ImportRun, 413: Type.Null({ description: `The file is larger than ${importFileLimitText}` }) },
        },
      },
      async (request, reply) => {
        const { file, fields } = await readUpload(request, ['mappingId', 'dryRun'])
        const mappingId = fields.mappingId ?? ''
        if (!uuidPattern.test(mappingId)) throw badRequest('invalid-input', 'mappingId must be the id of a mapping', [{ field: 'mappingId', message: mappingId ? 'is not an id' : 'is required' }])
        const dryRun = choice(fields, 'dryRun', ['true', 'false'] as const) === 'true'
        const run = await importUpload(ctx, request.id, staffActor(request), { file, mappingId, dryRun }, request.log)
        return reply.code(202).header('Location', `/api/v1/imports/${run.id}`).send(run)
      },
    )

    scope.get(
      '/api/v1/imports',
      { config: adminOnly, schema: { tags, summary: 'Import runs, newest first', querystring: ImportRunQuery, response: { 200: ImportRunList } } },
      async (request) => ({ imports: await listImports(ctx, staffActor(request), request.query.limit ?? 50) }),
    )

    scope.get(
      '/api/v1/imports/:importId',
      { config: adminOnly, schema: { tags, summary: 'An import run: its progress and counts per outcome', params: ImportIdParams, response: { 200: ImportRun } } },
      async (request) => readImport(ctx, staffActor(request), request.params.importId),
    )

    scope.get(
      '/api/v1/imports/:importId/rows',
      {
        config: adminOnly,
        schema: {
          tags,
          summary: 'What happened to each row of an import (created, changed, unchanged or rejected, and why), in pages',
          params: ImportIdParams,
          querystring: ImportRowQuery,
          response: { 200: ImportRowList },
        },
      },
      async (request) => {
        const { outcome, afterRowNumber, limit } = request.query
        return readImportRows(ctx, staffActor(request), request.params.importId, { outcome, afterRowNumber, limit: limit ?? 200 })
      },
    )

    scope.get(
      '/api/v1/imports/:importId/report.csv',
      {
        config: adminOnly,
        schema: {
          tags,
          summary: 'The report of an import as CSV for a spreadsheet (cells that look like formulas are escaped)',
          params: ImportIdParams,
          produces: ['text/csv'],
          response: {
            200: {
              description: 'One line per row: row number, source id, outcome, changed fields, errors (UTF-8, semicolons)',
              content: { 'text/csv': { schema: Type.String() } },
            },
          },
        },
      },
      async (request, reply) => {
        const { run, csv } = await readImportReport(ctx, staffActor(request), request.params.importId)
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="import-${run.createdAt.slice(0, 10)}-${run.id.slice(0, 8)}.csv"`)
          .send(csv)
      },
    )
  })
}
