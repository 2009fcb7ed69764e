/**
 * Versioned schema migrations. Each file in ./migrations is applied once, in order, inside a
 * transaction, and recorded in schema_migrations. DDL only ever runs here, at start.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Store } from './db.ts'

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations')

export interface Migration {
  version: number
  name: string
  sql: string
}

export function listMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(join(MIGRATIONS_DIR, file), 'utf8'),
    }))
}

export async function runMigrations(store: Store): Promise<number[]> {
  await store.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`)
  const done = new Set(
    (await store.all<{ version: number }>('SELECT version FROM schema_migrations')).map(
      (r) => r.version,
    ),
  )
  const applied: number[] = []
  for (const m of listMigrations()) {
    if (done.has(m.version)) continue
    await store.write(async (tx) => {
      for (const statement of splitStatements(m.sql)) await tx.run(statement)
      await tx.run('INSERT INTO schema_migrations (version, name) VALUES (?, ?)', [
        m.version,
        m.name,
      ])
    })
    applied.push(m.version)
  }
  return applied
}

/** Splits a migration file on semicolons at line ends, dropping comment-only chunks. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0)
}
