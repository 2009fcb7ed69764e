/**
 * The council report: /api/report (JSON), /api/report.csv (one table), /api/report.xlsx (every
 * table, one sheet each) and /api/report.pdf (the report page printed by headless Chromium).
 */
import { Hono, type Context } from 'hono'
import {
  reportCsvQuery,
  reportQuery,
  type ReportBody,
  type ReportQuery,
} from '@crossreach/shared/api-report'
import { tableCsv, tablesXlsx } from '../../report/export.ts'
import { getReport, type ReportRequest } from '../../report/get-report.ts'
import { reportFileName } from '../../report/file-name.ts'
import { renderReportPdf } from '../../report/pdf.ts'
import { reportTables } from '../../report/tables.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

function load(c: Context<AppEnv>, request: ReportRequest): Promise<ReportBody> {
  const { store, collectContext } = c.var.services
  return getReport(store, request, collectContext.now())
}

function attachment(
  body: ConstructorParameters<typeof Response>[0],
  type: string,
  fileName: string,
): Response {
  return new Response(body, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  })
}

/** The address this server answers on, from the socket the request came in on (not the Host header). */
function ownOrigin(c: Context<AppEnv>): string {
  const socket = (
    c.env as { incoming?: { socket?: { localAddress?: string; localPort?: number } } }
  )?.incoming?.socket
  if (socket?.localAddress && socket.localPort) {
    const host = socket.localAddress.replace(/^::ffff:/, '')
    return `http://${host.includes(':') ? `[${host}]` : host}:${socket.localPort}`
  }
  return new URL(c.req.url).origin
}

/** The report page's query for the same report (the resolved range, so both show one period). */
function pageQuery(report: ReportBody): string {
  const q: Record<keyof ReportQuery, string> = {
    organisation: String(report.organisation.id),
    from: report.range.from,
    to: report.range.to,
    lang: report.lang,
  }
  return new URLSearchParams({ ...q, print: '1' }).toString()
}

export const reportRoutes = new Hono<AppEnv>()
  .get('/report', validate('query', reportQuery), async (c) => {
    const body: ReportBody = await load(c, c.req.valid('query'))
    return c.json(body)
  })
  .get('/report.csv', validate('query', reportCsvQuery), async (c) => {
    const { table: id, ...request } = c.req.valid('query')
    const report = await load(c, request)
    const table = reportTables(report).find((t) => t.id === id)
    if (!table) return c.notFound()
    return attachment(tableCsv(table), 'text/csv; charset=utf-8', reportFileName(report, 'csv', id))
  })
  .get('/report.xlsx', validate('query', reportQuery), async (c) => {
    const report = await load(c, c.req.valid('query'))
    const xlsx = await tablesXlsx(reportTables(report), report.organisation.name)
    return attachment(
      new Uint8Array(xlsx),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      reportFileName(report, 'xlsx'),
    )
  })
  .get('/report.pdf', validate('query', reportQuery), async (c) => {
    const report = await load(c, c.req.valid('query'))
    const pdf = await renderReportPdf(`${ownOrigin(c)}/report?${pageQuery(report)}`)
    return attachment(new Uint8Array(pdf), 'application/pdf', reportFileName(report, 'pdf'))
  })
