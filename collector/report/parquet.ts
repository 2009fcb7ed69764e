/**
 * The whole dataset for BI tools: one Parquet file per table (DuckDB COPY into a temporary
 * directory) in one zip, with a short README on reading it. Counts and public post text only,
 * like the database; no secrets live in the database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import type { Store } from '../store/db.ts'
import { copyTableToParquet, getExportTables } from '../store/queries/get-export-tables.ts'

function readme(tables: readonly string[], exportedAt: string): string {
  return [
    `crossreach dataset, exported ${exportedAt}`,
    '',
    'One Parquet file per table. NULL means "not supplied" (a gap or a metric the platform does',
    'not publish), never zero. Times are UTC. Read with any Parquet reader, e.g. DuckDB:',
    "  SELECT * FROM 'profile_snapshots.parquet';",
    '',
    'Tables:',
    ...tables.map((t) => `  ${t}.parquet`),
    '',
  ].join('\n')
}

export async function exportParquetZip(store: Store, now: Date): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'crossreach-parquet-'))
  try {
    const tables = await getExportTables(store)
    const files: Record<string, Uint8Array> = {
      'README.txt': new TextEncoder().encode(readme(tables, now.toISOString())),
    }
    for (const table of tables) {
      const path = join(dir, `${table}.parquet`)
      await copyTableToParquet(store, table, path)
      files[`${table}.parquet`] = readFileSync(path)
    }
    // Parquet is compressed already: store, do not deflate again.
    return zipSync(files, { level: 0 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
