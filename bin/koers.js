#!/usr/bin/env node
import fs from 'node:fs'

const entry = new URL('../dist/cli/main.js', import.meta.url)
if (!fs.existsSync(entry)) {
  console.error('Koers is not built yet. Run `npm run build` (or `npm start`) first.')
  process.exit(1)
}
await import(entry.href)
