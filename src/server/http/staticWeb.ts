import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { packageRoot } from '../packageInfo.js'
import type { App } from './types.js'

export const webRoot = path.join(packageRoot, 'dist', 'web')

/** Serves the built staff app at / and the client app at /app/, with history fallback. */
export async function registerStaticWeb(app: App): Promise<boolean> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) return false
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    setHeaders(reply, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('Cache-Control', 'public, max-age=31536000, immutable')
      else reply.header('Cache-Control', 'no-cache')
      if (filePath.endsWith('sw.js')) reply.header('Service-Worker-Allowed', '/app/')
    },
  })
  return true
}

export function sendSpaFallback(request: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) return null
  const file = request.url === '/app' || request.url.startsWith('/app/') || request.url.startsWith('/app?') ? 'app/index.html' : 'index.html'
  return reply.header('Cache-Control', 'no-cache').sendFile(file)
}
