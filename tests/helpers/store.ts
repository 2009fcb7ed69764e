/** Real DuckDB for tests: an in-memory store, or a file in a fresh temporary directory. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Store } from '../../collector/store/db.ts'

export async function memoryStore(): Promise<Store> {
  return Store.open(':memory:')
}

export async function tempDir(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'crossreach-test-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
