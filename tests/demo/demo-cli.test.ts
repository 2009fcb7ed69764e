/**
 * `npm run demo` as a command: --generate-only writes the demo database into its own directory
 * and exits; it refuses the real data directory and bad options with exit code 2.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tempDir } from '../helpers/store.ts'

const MAIN = resolve(import.meta.dirname, '../../collector/demo/main.ts')

function demo(args: string[]) {
  const result = spawnSync(process.execPath, ['--max-semi-space-size=8', MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CROSSREACH_DATA_DIR: 'data' },
    timeout: 30_000,
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

test('--generate-only writes the demo database and exits', async () => {
  const { dir, remove } = await tempDir()
  try {
    const run = demo(['--generate-only', '--months', '1', '--dir', dir])
    assert.equal(run.code, 0, run.err)
    assert.ok(existsSync(join(dir, 'crossreach.duckdb')))
    assert.match(run.out, /Demo database .*crossreach\.duckdb/)
    assert.match(run.out, /accounts +16\n/)
    assert.match(run.out, /generated in \d+\.\d s, \d+\.\d MB/)
    assert.equal(existsSync(join(dir, 'server.json')), false)
  } finally {
    remove()
  }
})

test('the demo never writes into the real data directory, and refuses bad options', () => {
  const real = demo(['--generate-only', '--dir', resolve(import.meta.dirname, '../../data')])
  assert.equal(real.code, 2)
  assert.match(real.err, /holds your real crossreach database; the demo never writes there/)
  const months = demo(['--generate-only', '--months', 'twelve'])
  assert.equal(months.code, 2)
  assert.match(months.err, /--months must be a whole number/)
  const unknown = demo(['--generate', '--dir', '/nonexistent'])
  assert.equal(unknown.code, 2)
  assert.match(unknown.err, /Unknown option '--generate'/)
})
