/** The download name of a report file: crossreach-report-gemeente-voorbeeld-2026-07-01-2026-09-30.pdf */
import type { ReportBody } from '@crossreach/shared/api-report'

export function reportFileName(report: ReportBody, extension: string, table?: string): string {
  const slug =
    report.organisation.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || `organisation-${report.organisation.id}`
  const parts = ['crossreach-report', slug, report.range.from, report.range.to, table].filter(
    Boolean,
  )
  return `${parts.join('-')}.${extension}`
}
