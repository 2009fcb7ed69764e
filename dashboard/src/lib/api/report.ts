/** The council report: GET /api/report, and the addresses of its PDF, XLSX and CSV downloads. */
import type { InferRequestType } from 'hono/client'
import type { ReportBody, ReportTableId } from '@crossreach/shared/api-report'
import { client, failure } from './client.ts'

export type ReportParams = InferRequestType<typeof client.api.report.$get>['query']

export async function fetchReport(query: ReportParams, signal?: AbortSignal): Promise<ReportBody> {
  const response = await client.api.report.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}

function search(query: Record<string, string | undefined>): string {
  const defined = Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)
  return new URLSearchParams(defined).toString()
}

/** Download addresses for the same report (the resolved organisation and period). */
export function reportDownloads(report: ReportBody) {
  const query = {
    organisation: String(report.organisation.id),
    from: report.range.from,
    to: report.range.to,
    lang: report.lang,
  }
  return {
    pdf: `/api/report.pdf?${search(query)}`,
    xlsx: `/api/report.xlsx?${search(query)}`,
    csv: (table: ReportTableId) => `/api/report.csv?${search({ ...query, table })}`,
  }
}
