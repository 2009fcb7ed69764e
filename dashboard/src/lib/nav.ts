/**
 * The dashboard's pages in navigation order. Each page adds one entry here; its label is a key of
 * the dictionary (see i18n/). The layout renders this list and marks the current page.
 */
import type { PageRouteId } from '$app/types'
import type { Dictionary } from './i18n/index.svelte.ts'

type StringKey = {
  [K in keyof Dictionary]: Dictionary[K] extends string ? K : never
}[keyof Dictionary]

export interface NavEntry {
  /** Route path as SvelteKit knows it, without parameters (resolve() turns it into a link). */
  path: Exclude<PageRouteId, `${string}[${string}`>
  label: StringKey
}

export const NAV: NavEntry[] = [
  { path: '/', label: 'navOverview' },
  { path: '/accounts', label: 'navAccounts' },
  { path: '/posts', label: 'navPosts' },
  { path: '/scenario', label: 'navScenario' },
  { path: '/crossposts', label: 'navCrossposts' },
  { path: '/peers', label: 'navPeers' },
  { path: '/report', label: 'navReport' },
  { path: '/health', label: 'navHealth' },
  { path: '/settings', label: 'navSettings' },
]

/** Whether `pathname` (without base path) belongs to the entry: exact for '/', prefix otherwise. */
export function isCurrent(entry: NavEntry, pathname: string): boolean {
  return entry.path === '/' ? pathname === '/' : pathname.startsWith(entry.path)
}
