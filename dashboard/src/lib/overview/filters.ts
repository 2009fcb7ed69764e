/**
 * The Overview's filters as they live in the URL (?from=&to=&grain=&platforms=&organisation=), so a view can be
 * bookmarked and shared. Unknown or malformed values fall back to the server's defaults.
 */
import { GRAINS, parseIsoDate, type Grain } from '@crossreach/shared/periods'
import { PLATFORMS, isPlatform, type Platform } from '@crossreach/shared/platforms'
import type { OrganisationFilter } from '@crossreach/shared/api'
import type { FiguresParams } from '../api/client.ts'
import { readOrganisationFilter } from '../organisation-filter.ts'

export interface OverviewFilters {
  from: string | undefined
  to: string | undefined
  grain: Grain
  /** The selected platforms; all three when the URL names none. */
  platforms: Platform[]
  /** Whose accounts: own (the default), peers, all or one organisation. */
  organisation: OrganisationFilter
}

export const DEFAULT_GRAIN: Grain = 'week'

function dateParam(value: string | null): string | undefined {
  return value !== null && parseIsoDate(value) ? value : undefined
}

export function readFilters(params: { get(name: string): string | null }): OverviewFilters {
  const grain = params.get('grain')
  const named = (params.get('platforms') ?? '').split(',').filter(isPlatform)
  return {
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
    grain: GRAINS.find((g) => g === grain) ?? DEFAULT_GRAIN,
    platforms: named.length > 0 ? PLATFORMS.filter((p) => named.includes(p)) : [...PLATFORMS],
    organisation: readOrganisationFilter(params.get('organisation'), 'own'),
  }
}

/** The URL search string for filters; defaults are left out to keep links short. */
export function filtersToSearch(filters: OverviewFilters): string {
  const params = new URLSearchParams()
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (filters.grain !== DEFAULT_GRAIN) params.set('grain', filters.grain)
  if (filters.platforms.length > 0 && filters.platforms.length < PLATFORMS.length) {
    params.set('platforms', filters.platforms.join(','))
  }
  if (filters.organisation !== 'own') params.set('organisation', String(filters.organisation))
  const search = params.toString()
  return search ? `?${search}` : ''
}

export function filtersToQuery(filters: OverviewFilters): FiguresParams {
  return {
    from: filters.from,
    to: filters.to,
    grain: filters.grain,
    platforms: filters.platforms.join(','),
    organisation: String(filters.organisation),
  }
}
