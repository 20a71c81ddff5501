import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataDirInUseError, lockDataDir } from './dataDirLock.js'

describe('data folder lock', () => {
  it('refuses a second lock while the first is held, and frees it on release', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-lock-'))
    const release = lockDataDir(dir)
    fs.writeFileSync(path.join(dir, 'koers.lock'), String(process.ppid)) // as if another live process held it
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError)
    fs.writeFileSync(path.join(dir, 'koers.lock'), String(process.pid))
    release()
    expect(fs.existsSync(path.join(dir, 'koers.lock'))).toBe(false)
  })

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-lock-'))
    fs.writeFileSync(path.join(dir, 'koers.lock'), '999999999')
    const release = lockDataDir(dir)
    expect(fs.readFileSync(path.join(dir, 'koers.lock'), 'utf8')).toBe(String(process.pid))
    release()
  })
})
