/**
 * The dataset's tables for a BI export: every base table of the schema except staging tables, the
 * migration log and the rollups kept for speed (account_days, account_spans, post_days,
 * post_summaries: derived from the
 * snapshots), written one Parquet file per table with DuckDB's COPY … (FORMAT parquet).
 */
import type { Store } from '../db.ts'

export async function getExportTables(store: Store): Promise<string[]> {
  const rows = await store.all<{ tableName: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'main' AND table_type = 'BASE TABLE'
       AND table_name NOT LIKE 'staging\\_%' ESCAPE '\\' 
       AND table_name NOT IN ('schema_migrations', 'account_days', 'account_spans', 'post_days', 'post_summaries')
     ORDER BY table_name`,
  )
  return rows.map((r) => r.tableName)
}

/** Writes one table to a Parquet file (`path` is a server-made temporary path, never user input). */
export async function copyTableToParquet(store: Store, table: string, path: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`unexpected table name ${table}`)
  await store.all(
    `COPY (SELECT * FROM "${table}") TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`,
  )
}
