/**
 * The text side of downloads, free of the browser: a table as CSV (formula text neutralised by
 * shared/spreadsheet-safe.ts) and a safe file name from a title.
 */
import { stringify } from 'csv-stringify/browser/esm/sync'
import { safeRows, type ExportCell } from '@crossreach/shared/spreadsheet-safe'

export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'crossreach'
  )
}

/** CSV text of a table (with a byte order mark, so spreadsheet programs read UTF-8). */
export function tableCsv(columns: readonly string[], rows: readonly (readonly ExportCell[])[]) {
  return `\uFEFF${stringify(safeRows(columns, rows), { record_delimiter: '\r\n' })}`
}
