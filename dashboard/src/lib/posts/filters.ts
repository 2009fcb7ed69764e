/**
 * The Posts page's view as it lives in the URL (?from=&to=&platforms=&organisation=&sort=&order=
 * &page=), so a link reproduces it. Unknown or malformed values fall back to the defaults: the
 * server's range, all platforms, the own organisation, interactions at 7 days descending, page 1.
 */
import { POST_SORTS, type OrganisationFilter, type PostSort } from '@crossreach/shared/api'
import { parseIsoDate } from '@crossreach/shared/periods'
import { PLATFORMS, isPlatform, type Platform } from '@crossreach/shared/platforms'
import type { PostsParams } from '../api/posts.ts'
import { readOrganisationFilter } from '../organisation-filter.ts'

export const PAGE_SIZE = 25
export const DEFAULT_SORT: PostSort = 'interactionsAt7Days'

export interface PostsView {
  from: string | undefined
  to: string | undefined
  platforms: Platform[]
  organisation: OrganisationFilter
  sort: PostSort
  order: 'asc' | 'desc'
  /** 1-based. */
  page: number
}

function dateParam(value: string | null): string | undefined {
  return value !== null && parseIsoDate(value) ? value : undefined
}

export function readPostsView(params: { get(name: string): string | null }): PostsView {
  const named = (params.get('platforms') ?? '').split(',').filter(isPlatform)
  const sort = POST_SORTS.find((s) => s === params.get('sort')) ?? DEFAULT_SORT
  const page = Number(params.get('page'))
  return {
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
    platforms: named.length > 0 ? PLATFORMS.filter((p) => named.includes(p)) : [...PLATFORMS],
    organisation: readOrganisationFilter(params.get('organisation'), 'own'),
    sort,
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

/** The URL search string of a view; defaults are left out to keep links short. */
export function postsViewToSearch(view: PostsView): string {
  const params = new URLSearchParams()
  if (view.from) params.set('from', view.from)
  if (view.to) params.set('to', view.to)
  if (view.platforms.length > 0 && view.platforms.length < PLATFORMS.length) {
    params.set('platforms', view.platforms.join(','))
  }
  if (view.organisation !== 'own') params.set('organisation', String(view.organisation))
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort)
  if (view.order !== 'desc') params.set('order', view.order)
  if (view.page > 1) params.set('page', String(view.page))
  const search = params.toString()
  return search ? `?${search}` : ''
}

export function postsViewToQuery(view: PostsView): PostsParams {
  return {
    from: view.from,
    to: view.to,
    platforms: view.platforms.join(','),
    organisation: String(view.organisation),
    sort: view.sort,
    order: view.order,
    limit: String(PAGE_SIZE),
    offset: String((view.page - 1) * PAGE_SIZE),
  }
}

/** Sorting by a column: the same column flips the order; another starts descending. Page 1. */
export function sortedBy(view: PostsView, sort: PostSort): PostsView {
  const order = view.sort === sort ? (view.order === 'desc' ? 'asc' : 'desc') : 'desc'
  return { ...view, sort, order, page: 1 }
}
