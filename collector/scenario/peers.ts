/**
 * Evidence from peers that left or paused X: their Bluesky and Mastodon followers and interactions
 * per month around the exit, aligned on it (month 0 is the month of the exit, −6 to +6), as counts
 * and as an index with the month before the exit = 100. Months outside the peer's whole months of
 * data, or after the reference month, are null.
 */
import { PEER_MONTHS, type PeerEvidence } from '@crossreach/shared/api-scenario'
import { addMonths } from '@crossreach/shared/periods'
import type { Store } from '../store/db.ts'
import { getDataSpan } from '../store/queries/get-data-span.ts'
import type { PeerExitRow } from '../store/queries/get-peer-exits.ts'
import { firstWholeMonth, monthOf } from './months.ts'
import { monthlyFigures } from './monthly.ts'
import { round1 } from './round.ts'

const PLATFORMS = ['bluesky', 'mastodon'] as const

export function indexed(values: readonly (number | null)[], baseAt: number): (number | null)[] {
  const base = values[baseAt] ?? null
  return values.map((v) =>
    v === null || base === null || base <= 0 ? null : round1((v / base) * 100),
  )
}

export async function peerEvidence(
  store: Store,
  exit: PeerExitRow,
  referenceMonth: string | null,
): Promise<PeerEvidence> {
  const offsets = Array.from({ length: 2 * PEER_MONTHS + 1 }, (_, i) => i - PEER_MONTHS)
  const exitMonth = monthOf(exit.startsOn)
  const months = offsets.map((k) => addMonths(exitMonth, k))
  const selection = { platforms: PLATFORMS, organisation: exit.organisationId, account: null }
  const span = await getDataSpan(store, selection)
  const first = span.first ? firstWholeMonth(span.first) : null
  const usable = months.map(
    (m) => first !== null && referenceMonth !== null && m >= first && m <= referenceMonth,
  )
  const data = usable.some(Boolean) ? await monthlyFigures(store, selection, months) : []
  const baseAt = offsets.indexOf(-1)
  return {
    eventId: exit.id,
    organisationId: exit.organisationId,
    organisation: exit.organisation,
    kind: exit.kind,
    startsOn: exit.startsOn,
    endsOn: exit.endsOn,
    title: exit.title,
    offsets,
    months,
    curves: data.map((p) => {
      const followers = p.followers.map((v, i) => (usable[i] ? v : null))
      const interactions = p.interactions.map((v, i) => (usable[i] ? v : null))
      return {
        platform: p.platform,
        followers,
        followersIndex: indexed(followers, baseAt),
        interactions,
        interactionsIndex: indexed(interactions, baseAt),
      }
    }),
  }
}
