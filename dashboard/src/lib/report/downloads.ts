/**
 * Downloads of what the dashboard shows: a table as CSV (made here) or XLSX (made by the server,
 * POST /api/export/table.xlsx), and a chart as PNG on a white background. Text cells that a
 * spreadsheet would run as a formula are neutralised (shared/spreadsheet-safe.ts).
 */
import type { ExportCell } from '@crossreach/shared/spreadsheet-safe'
import { client, failure } from '../api/client.ts'
import { fileSlug, tableCsv } from './table-text.ts'

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function downloadCsv(
  title: string,
  columns: readonly string[],
  rows: readonly (readonly ExportCell[])[],
): void {
  save(
    new Blob([tableCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }),
    `${fileSlug(title)}.csv`,
  )
}

export async function downloadXlsx(
  title: string,
  columns: string[],
  rows: ExportCell[][],
): Promise<void> {
  const response = await client.api.export['table.xlsx'].$post({ json: { title, columns, rows } })
  if (!response.ok) throw await failure(response)
  save(await response.blob(), `${fileSlug(title)}.xlsx`)
}

/** The chart on `canvas` as a PNG file with a white background (the canvas itself is transparent). */
export function downloadPng(canvas: HTMLCanvasElement, title: string): void {
  const copy = document.createElement('canvas')
  copy.width = canvas.width
  copy.height = canvas.height
  const ctx = copy.getContext('2d')
  if (!ctx) return
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, copy.width, copy.height)
  ctx.drawImage(canvas, 0, 0)
  copy.toBlob((blob) => {
    if (blob) save(blob, `${fileSlug(title)}.png`)
  }, 'image/png')
}
