/**
 * Cells for CSV and spreadsheet exports, safe against formula injection: a text cell that starts
 * with = + - @, a tab or a carriage return would be run as a formula by Excel or LibreOffice, so
 * it gets a leading apostrophe (OWASP's advice). Numbers stay numbers (-3 is a value, not a
 * formula); null stays an empty cell, never 0.
 */
export type ExportCell = string | number | null

const DANGEROUS_START = /^[=+\-@\t\r]/

export function neutraliseCell(value: ExportCell): ExportCell {
  if (typeof value !== 'string') return value
  return DANGEROUS_START.test(value) ? `'${value}` : value
}

/** Rows ready for a CSV writer or a worksheet: header first, every text cell neutralised. */
export function safeRows(
  columns: readonly string[],
  rows: readonly (readonly ExportCell[])[],
): ExportCell[][] {
  return [columns, ...rows].map((row) => row.map(neutraliseCell))
}
