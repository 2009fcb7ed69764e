/**
 * The cross-post comparison of one organisation over a date range, callable without HTTP: reads
 * the candidate posts (a day either side of the range, so a message posted just before midnight
 * finds its twin after it), matches them (match.ts), keeps the groups whose first post lies in the
 * range, and summarises them (summarise.ts).
 */
import type { CrosspostGroup, CrosspostsBody } from '@crossreach/shared/api-crossposts'
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays } from '@crossreach/shared/periods'
import { PLATFORMS, type Platform } from '@crossreach/shared/platforms'
import { ActionError } from '../actions/action-error.ts'
import { resolveSelection } from '../figures/selection.ts'
import type { Store } from '../store/db.ts'
import {
  getCrosspostCandidates,
  type CrosspostCandidateRow,
} from '../store/queries/get-crosspost-candidates.ts'
import { getOrganisationRef } from '../store/queries/get-organisation-ref.ts'
import {
  MIN_CONTAINMENT,
  MIN_JACCARD,
  WINDOW_HOURS,
  matchCrossposts,
  type CandidatePost,
} from './match.ts'
import { summarisePairs, summarisePlatforms } from './summarise.ts'

export interface CrosspostsRequest {
  organisation: 'own' | number
  from?: string | undefined
  to?: string | undefined
  platforms?: Platform[] | undefined
}

type Candidate = CandidatePost & { row: CrosspostCandidateRow }

export async function getCrossposts(
  store: Store,
  request: CrosspostsRequest,
  now: Date,
): Promise<CrosspostsBody> {
  const { range } = resolveSelection({ from: request.from, to: request.to }, now)
  const platforms = request.platforms ?? [...PLATFORMS]
  const organisation = await getOrganisationRef(store, request.organisation)
  if (!organisation) {
    throw new ActionError(
      'not_found',
      request.organisation === 'own'
        ? 'There is no own organisation yet. Add an account with --org to create it.'
        : `There is no organisation with id ${request.organisation}. See /api/organisations.`,
    )
  }
  const start = Date.parse(`${range.from}T00:00:00Z`)
  const end = Date.parse(`${addDays(range.to, 1)}T00:00:00Z`)
  const margin = WINDOW_HOURS * 3_600_000
  const rows = await getCrosspostCandidates(store, {
    organisationId: organisation.id,
    platforms,
    from: new Date(start - margin),
    until: new Date(end + margin),
  })
  const candidates: Candidate[] = rows.map((row) => ({
    key: `${row.accountId}:${row.postId}`,
    organisationId: row.organisationId,
    accountId: row.accountId,
    platform: row.platform,
    kind: row.kind,
    text: row.text,
    createdAt: row.createdAt.getTime(),
    row,
  }))
  const groups: CrosspostGroup[] = matchCrossposts(candidates)
    .filter((g) => {
      const first = Math.min(...g.posts.map((p) => p.createdAt))
      return first >= start && first < end
    })
    .map((g) => ({ posts: g.posts.map((p) => toPost(p.row)), similarity: g.similarity }))
    .reverse()
  return {
    organisation,
    range,
    platforms,
    postsConsidered: rows.filter((r) => {
      const t = r.createdAt.getTime()
      return t >= start && t < end
    }).length,
    groups,
    summary: {
      platforms: summarisePlatforms(groups, platforms),
      pairs: summarisePairs(groups, platforms),
    },
    method: {
      windowHours: WINDOW_HOURS,
      minContainment: MIN_CONTAINMENT,
      minJaccard: MIN_JACCARD,
      equalAgeDays: EQUAL_AGE.days,
      toleranceHours: EQUAL_AGE.toleranceHours,
    },
  }
}

function toPost(r: CrosspostCandidateRow): CrosspostGroup['posts'][number] {
  return {
    platform: r.platform,
    accountId: r.accountId,
    handle: r.handle,
    postId: r.postId,
    url: r.url,
    createdAt: r.createdAt.toISOString(),
    kind: r.kind,
    text: r.text,
    interactionsAt7Days: r.interactionsAt7Days,
    at7DaysAgeHours:
      r.at7DaysAgeSeconds === null ? null : Math.round((r.at7DaysAgeSeconds / 3600) * 10) / 10,
  }
}
