/**
 * The report page's period pickers: a month (YYYY-MM), a quarter (year and 1–4) or a custom
 * range, turned into from/to dates, and the other way round (which picker a range fits).
 */
export type PeriodKind = 'month' | 'quarter' | 'custom'

export interface PeriodChoice {
  kind: PeriodKind
  /** YYYY-MM */
  month: string
  year: number
  quarter: number
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The range the choice stands for. */
export function choiceRange(choice: PeriodChoice): { from: string; to: string } {
  if (choice.kind === 'month') {
    const [y, m] = choice.month.split('-').map(Number)
    return { from: `${choice.month}-01`, to: lastDayOfMonth(y ?? 2000, m ?? 1) }
  }
  if (choice.kind === 'quarter') {
    const first = (choice.quarter - 1) * 3 + 1
    return {
      from: `${choice.year}-${pad(first)}-01`,
      to: lastDayOfMonth(choice.year, first + 2),
    }
  }
  return { from: choice.from, to: choice.to }
}

/** The picker a range fits best, with every picker's fields filled from it. */
export function choiceFor(range: { from: string; to: string }): PeriodChoice {
  const year = Number(range.from.slice(0, 4))
  const month = Number(range.from.slice(5, 7))
  const base = {
    month: range.from.slice(0, 7),
    year,
    quarter: Math.floor((month - 1) / 3) + 1,
    from: range.from,
    to: range.to,
  }
  const asMonth = choiceRange({ ...base, kind: 'month' })
  if (asMonth.from === range.from && asMonth.to === range.to) return { ...base, kind: 'month' }
  const asQuarter = choiceRange({ ...base, kind: 'quarter' })
  if (asQuarter.from === range.from && asQuarter.to === range.to)
    return { ...base, kind: 'quarter' }
  return { ...base, kind: 'custom' }
}
