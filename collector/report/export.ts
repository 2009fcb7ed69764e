/**
 * Report tables as CSV (one table) and XLSX (one sheet per table, exceljs), every text cell
 * neutralised against formula injection (shared/spreadsheet-safe.ts). CSV starts with a byte
 * order mark so spreadsheet programs read UTF-8.
 */
import ExcelJS from 'exceljs'
import { stringify } from 'csv-stringify/sync'
import type { ReportTable } from '@crossreach/shared/api-report'
import { safeRows } from '@crossreach/shared/spreadsheet-safe'

export function tableCsv(table: ReportTable): string {
  return `\uFEFF${stringify(safeRows(table.columns, table.rows), { record_delimiter: '\r\n' })}`
}

const SHARE_COLUMN = /aandeel|share/i

/** A workbook with one sheet per table; share columns read as percentages. */
export async function tablesXlsx(tables: readonly ReportTable[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'crossreach'
  workbook.title = title
  for (const table of tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(
      (table.sheet ?? table.title).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31),
    )
    const [header, ...rows] = safeRows(table.columns, table.rows)
    sheet.addRow(header ?? []).font = { bold: true }
    for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null))
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1)
      col.width = Math.min(60, Math.max(12, column.length + 2))
      if (SHARE_COLUMN.test(column) && !/%/.test(column)) col.numFmt = '0.0%'
    })
    sheet.views = [{ state: 'frozen', ySplit: 1 }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
