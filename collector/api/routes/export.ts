/**
 * Exports: /api/export/parquet (the whole dataset, one Parquet file per table, zipped, for BI
 * tools) and POST /api/export/table.xlsx (any table the dashboard shows, as a spreadsheet, with
 * formula text neutralised).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { tablesXlsx } from '../../report/export.ts'
import { exportParquetZip } from '../../report/parquet.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

const cell = z.union([z.string().max(10_000), z.number(), z.null()])
const tableBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  columns: z.array(z.string().max(200)).min(1).max(100),
  rows: z.array(z.array(cell).max(100)).max(20_000),
})

function download(body: Uint8Array<ArrayBuffer>, type: string, name: string): Response {
  return new Response(body, {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` },
  })
}

export const exportRoutes = new Hono<AppEnv>()
  .get('/parquet', async (c) => {
    const { store, collectContext } = c.var.services
    const now = collectContext.now()
    const zip = await exportParquetZip(store, now)
    const stamp = now.toISOString().slice(0, 10)
    return download(new Uint8Array(zip), 'application/zip', `crossreach-dataset-${stamp}.zip`)
  })
  .post('/table.xlsx', validate('json', tableBody), async (c) => {
    const { title, columns, rows } = c.req.valid('json')
    const xlsx = await tablesXlsx([{ id: 'series', title, columns, rows }], title)
    const name =
      title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'table'
    return download(
      new Uint8Array(xlsx),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `${name}.xlsx`,
    )
  })
