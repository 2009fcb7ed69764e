/**
 * The Accounts pages' filters as they live in the URL, so a view can be bookmarked and shared:
 * the list has ?from=&to=&organisation=&sort=&order=, an account page ?from=&to=. Unknown or
 * malformed values fall back to the defaults (the server's default range, all organisations,
 * sorted by organisation).
 */
import type { AccountFigures, OrganisationFilter } from '@crossreach/shared/api'
import { addDays, parseIsoDate, rangeLength, type Grain } from '@crossreach/shared/periods'
import { readOrganisationFilter } from '../organisation-filter.ts'

export const ACCOUNT_SORTS = [
  'organisation',
  'account',
  'followers',
  'netFollowerChange',
  'posts',
  'interactions',
  'interactionsPer1kFollowers',
] as const
export type AccountSort = (typeof ACCOUNT_SORTS)[number]
export type SortOrder = 'asc' | 'desc'

export interface RangeFilters {
  from: string | undefined
  to: string | undefined
}

export interface AccountsFilters extends RangeFilters {
  organisation: OrganisationFilter
  sort: AccountSort
  order: SortOrder
}

type Params = { get(name: string): string | null }

function dateParam(value: string | null): string | undefined {
  return value !== null && parseIsoDate(value) ? value : undefined
}

export function readRange(params: Params): RangeFilters {
  return { from: dateParam(params.get('from')), to: dateParam(params.get('to')) }
}

export function readAccountsFilters(params: Params): AccountsFilters {
  const sort = params.get('sort')
  return {
    ...readRange(params),
    organisation: readOrganisationFilter(params.get('organisation'), 'all'),
    sort: ACCOUNT_SORTS.find((s) => s === sort) ?? 'organisation',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  }
}

/** The URL search string; defaults are left out to keep links short. */
export function accountsSearch(filters: AccountsFilters): string {
  const params = new URLSearchParams()
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (filters.organisation !== 'all') params.set('organisation', String(filters.organisation))
  if (filters.sort !== 'organisation') params.set('sort', filters.sort)
  if (filters.order !== 'asc') params.set('order', filters.order)
  const search = params.toString()
  return search ? `?${search}` : ''
}

export function rangeSearch(filters: RangeFilters): string {
  const params = new URLSearchParams()
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** Query parameters for the API: only what is set (the server fills in its defaults). */
export function rangeQuery(filters: RangeFilters): { from?: string; to?: string } {
  return {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  }
}

/**
 * The range an account page asks for: the URL's, or for a removed account without a `to` the
 * 90 days up to its removal (after it there is nothing to show).
 */
export function accountRange(filters: RangeFilters, removedAt: string | null): RangeFilters {
  if (filters.to || !removedAt) return filters
  const to = removedAt.slice(0, 10)
  return { from: filters.from ?? addDays(to, -89), to }
}

/** Followers by day for a range up to four months (the default 90 days), by week beyond. */
export function followersGrain(filters: RangeFilters): Grain {
  if (!filters.from) return 'day'
  const to = filters.to ?? new Date().toISOString().slice(0, 10)
  if (filters.from > to) return 'week'
  return rangeLength({ from: filters.from, to }) <= 122 ? 'day' : 'week'
}

function sortValue(a: AccountFigures, sort: AccountSort): string | number | null {
  switch (sort) {
    case 'organisation':
      return `${a.organisationKind} ${a.organisation} ${a.platform} ${a.handle}`.toLowerCase()
    case 'account':
      return a.handle.toLowerCase()
    default:
      return a[sort]
  }
}

/** The accounts in the chosen order; an unknown value (null) always goes last. */
export function sortAccounts(
  accounts: readonly AccountFigures[],
  sort: AccountSort,
  order: SortOrder,
): AccountFigures[] {
  const sign = order === 'asc' ? 1 : -1
  return [...accounts].sort((a, b) => {
    const x = sortValue(a, sort)
    const y = sortValue(b, sort)
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign
    return String(x).localeCompare(String(y)) * sign
  })
}
