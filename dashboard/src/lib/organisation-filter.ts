/**
 * Whose accounts a page shows, as it lives in the URL (?organisation=own|peer|all|ID): reading it
 * back with a page's own default when the value is missing or malformed.
 */
import type { OrganisationFilter } from '@crossreach/shared/api'

/** The filter named by `value` (a URL parameter or a select's value), or `fallback`. */
export function readOrganisationFilter(
  value: string | null,
  fallback: OrganisationFilter,
): OrganisationFilter {
  if (value === 'own' || value === 'peer' || value === 'all') return value
  return value !== null && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : fallback
}
