import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { packageRoot } from '../packageInfo.js'
import { clientAppPage } from './clientAppPage.js'
import type { App } from './types.js'

export const webRoot = path.join(packageRoot, 'dist', 'web')
const clientAppHtml = path.join(webRoot, 'app', 'index.html')

/** The build's compressed copies of a file (see src/web/build/precompress-assets.ts). */
const compressedCopy = /\.(?:br|gz)$/

/**
 * Serves the built staff app at / and the client app at /app/, with history fallback. A browser
 * that accepts Brotli or gzip gets the build's compressed copy of a file (with `Vary:
 * Accept-Encoding`); the copies are not served as files of their own. The client app's page is
 * made per request (see clientAppPage.ts).
 */
export async function registerStaticWeb(app: App): Promise<boolean> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) return false
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz', 'app/index.html'],
    setHeaders(reply, servedPath) {
      const filePath = servedPath.replace(compressedCopy, '')
      // Hashed file names change with their content: cache for a year. Everything else (the
      // pages, the service worker, the manifest) is checked with the server on every use.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('Cache-Control', 'public, max-age=31536000, immutable')
      else reply.header('Cache-Control', 'no-cache')
      if (filePath.endsWith('sw.js')) reply.header('Service-Worker-Allowed', '/app/')
    },
  })
  for (const url of ['/app/', '/app/index.html']) app.get(url, { schema: { hide: true } }, sendClientAppPage)
  return true
}

async function sendClientAppPage(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const template = await fs.promises.readFile(clientAppHtml, 'utf8')
  return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(clientAppPage(template, request.url))
}

export function sendSpaFallback(request: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply> | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) return null
  if (request.url === '/app' || request.url.startsWith('/app/') || request.url.startsWith('/app?')) return sendClientAppPage(request, reply)
  return reply.header('Cache-Control', 'no-cache').sendFile('index.html')
}
