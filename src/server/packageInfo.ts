import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

function findPackageRoot(from: string): string {
  let dir = from
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('package.json of Koers not found')
    dir = parent
  }
  return dir
}

/** The folder holding Koers's package.json, from source (tsx, tests) and from dist alike. */
export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)))

export const version: string = (
  JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version
