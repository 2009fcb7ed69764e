/**
 * Turns a validated figures query into the selection the queries run on: the date range with its
 * defaults (the last 90 days up to today, UTC), the platforms, and whose accounts. Problems that
 * zod cannot see alone (a range backwards, too long, too many points) raise a plain message that
 * names the parameter.
 */
import type { OrganisationFilter } from '@crossreach/shared/api'
import { PLATFORMS, type Platform } from '@crossreach/shared/platforms'
import {
  addDays,
  bucketCount,
  daysBetween,
  utcDate,
  type DateRange,
  type Grain,
} from '@crossreach/shared/periods'
import { ActionError } from '../actions/action-error.ts'
import type { Store } from '../store/db.ts'
import { getSelectionExists } from '../store/queries/get-selection-exists.ts'

export const DEFAULT_RANGE_DAYS = 90
export const MAX_RANGE_DAYS = 3660
export const MAX_BUCKETS = 1000

export interface Selection {
  range: DateRange
  platforms: readonly Platform[]
  organisation: OrganisationFilter
  account: number | null
}

export interface SelectionQuery {
  from?: string | undefined
  to?: string | undefined
  platforms?: Platform[] | undefined
  organisation?: OrganisationFilter | undefined
  account?: number | undefined
}

export function resolveSelection(query: SelectionQuery, now: Date): Selection {
  const today = utcDate(now)
  const to = query.to ?? today
  const from = query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1))
  if (from > to) {
    throw new ActionError('invalid_input', `to (${to}) must be on or after from (${from}).`)
  }
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) {
    throw new ActionError(
      'invalid_input',
      `from ${from} to ${to} is longer than ${MAX_RANGE_DAYS} days; choose a shorter range.`,
    )
  }
  return {
    range: { from, to },
    platforms: query.platforms ?? [...PLATFORMS],
    // One account asked for by id: whatever organisation it belongs to, unless narrowed.
    organisation: query.organisation ?? (query.account ? 'all' : 'own'),
    account: query.account ?? null,
  }
}

/** Refuses an organisation or account id that does not exist (rather than answering nothing). */
export async function requireKnownSelection(store: Store, selection: Selection): Promise<void> {
  const organisation = typeof selection.organisation === 'number' ? selection.organisation : null
  if (organisation === null && selection.account === null) return
  const exists = await getSelectionExists(store, { organisation, account: selection.account })
  if (!exists.organisation) {
    throw new ActionError(
      'not_found',
      `There is no organisation with id ${organisation}. See the organisations with: npm run crossreach -- accounts list`,
    )
  }
  if (!exists.account) {
    throw new ActionError(
      'not_found',
      `There is no account with id ${selection.account}. See the account ids with: npm run crossreach -- accounts list`,
    )
  }
}

/** Refuses a series with more points than a chart can show. */
export function checkBucketCount(range: DateRange, grain: Grain): void {
  const count = bucketCount(range, grain)
  if (count > MAX_BUCKETS) {
    throw new ActionError(
      'invalid_input',
      `grain ${grain} gives ${count} points for this range (at most ${MAX_BUCKETS}); choose week or month, or a shorter range.`,
    )
  }
}
