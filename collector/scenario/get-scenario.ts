/**
 * The partial-exit scenario of an organisation (or the own ones), callable without HTTP: its whole
 * months of data (at most 24, up to the last whole month on or before asOf), each platform's share
 * of followers and interactions and how it moved, the trends with their bands, when the
 * alternatives overtake X, what stopping or leaving X would forgo, and peers' exits.
 */
import type { ScenarioBody } from '@crossreach/shared/api-scenario'
import { addDays, addMonths, utcDate } from '@crossreach/shared/periods'
import { PLATFORMS } from '@crossreach/shared/platforms'
import { ActionError } from '../actions/action-error.ts'
import type { Store } from '../store/db.ts'
import { getDataSpan } from '../store/queries/get-data-span.ts'
import { getOrganisations } from '../store/queries/get-organisations.ts'
import { getPeerExits } from '../store/queries/get-peer-exits.ts'
import { crossingOf } from './crossing.ts'
import { firstWholeMonth, lastWholeMonth, monthRange } from './months.ts'
import { monthlyFigures } from './monthly.ts'
import { peerEvidence } from './peers.ts'
import { shareSeries } from './shares.ts'
import { platformTrends } from './trends.ts'
import { whatIfOf } from './what-if.ts'

export const MAX_MONTHS = 24

export interface ScenarioRequest {
  organisation: 'own' | number
  asOf?: string | undefined
  stopFrom?: string | undefined
}

export async function getScenario(
  store: Store,
  request: ScenarioRequest,
  now: Date,
): Promise<ScenarioBody> {
  const { organisation } = request
  const organisations = (await getOrganisations(store)).filter((o) =>
    organisation === 'own' ? o.kind === 'own' : o.id === organisation,
  )
  if (typeof organisation === 'number' && organisations.length === 0) {
    throw new ActionError(
      'not_found',
      `There is no organisation with id ${organisation}. See the organisations with GET /api/organisations.`,
    )
  }
  const selection = { platforms: PLATFORMS, organisation, account: null }
  const span = await getDataSpan(store, selection)
  const asOf = request.asOf ?? span.last ?? utcDate(now)
  const referenceMonth = lastWholeMonth(asOf)
  const first = span.first ? firstWholeMonth(span.first) : null
  const months =
    first === null
      ? []
      : monthRange(
          [first, addMonths(referenceMonth, -(MAX_MONTHS - 1))].sort().at(-1)!,
          referenceMonth,
        )
  const data = await monthlyFigures(store, selection, months)
  const followers = shareSeries(data, months, 'followers')
  const xShareNow = followers.rows.find((r) => r.platform === 'x')?.share ?? null
  const exits = await getPeerExits(
    store,
    organisations.map((o) => o.id),
  )
  // Each peer's reads are independent: they share the store's read connections.
  const peers = await Promise.all(exits.map((exit) => peerEvidence(store, exit, referenceMonth)))
  return {
    organisation: { filter: organisation, names: organisations.map((o) => o.name) },
    asOf,
    referenceMonth: months.length ? referenceMonth : null,
    months,
    platforms: data.map((p) => p.platform),
    shares: { followers, interactions: shareSeries(data, months, 'interactions') },
    trends: platformTrends(data, months),
    crossing: crossingOf(data, months),
    whatIf: whatIfOf(data, months, request.stopFrom ?? addDays(asOf, 1), xShareNow),
    peers,
  }
}
