/** The peer benchmark of one group over a range, callable without HTTP. */
import type { PeersBody } from '@crossreach/shared/api-peers'
import { previousRange } from '@crossreach/shared/periods'
import { ActionError } from '../actions/action-error.ts'
import { resolveSelection } from '../figures/selection.ts'
import type { Store } from '../store/db.ts'
import { getPeerAccountFigures } from '../store/queries/get-peer-account-figures.ts'
import { getPeerGroups } from '../store/queries/get-peer-groups.ts'
import { rankPeers } from './rank-peers.ts'

export async function getPeers(
  store: Store,
  request: { group: number; from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<PeersBody> {
  const { range } = resolveSelection({ from: request.from, to: request.to }, now)
  const [group] = await getPeerGroups(store, request.group)
  if (!group) {
    throw new ActionError(
      'not_found',
      `There is no peer group with id ${request.group}. See /api/peers/groups.`,
    )
  }
  const accounts = await getPeerAccountFigures(
    store,
    range,
    group.members.map((m) => m.id),
  )
  return {
    group,
    range,
    previousRange: previousRange(range),
    organisations: rankPeers(group.members, accounts),
  }
}
