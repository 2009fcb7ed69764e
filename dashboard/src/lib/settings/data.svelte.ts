/**
 * What the Settings page shows: the active accounts, the organisations, the events and the peer
 * groups, loaded together and reloaded after every change.
 */
import type { AccountSummary, EventRecord, OrganisationSummary } from '@crossreach/shared/api'
import type { PeerGroup } from '@crossreach/shared/api-peers'
import { fetchEvents } from '../api/events.ts'
import { fetchOrganisations } from '../api/organisations.ts'
import { fetchPeerGroups } from '../api/peers.ts'
import { fetchAccounts } from '../api/settings.ts'

export class SettingsData {
  accounts: AccountSummary[] = $state.raw([])
  organisations: OrganisationSummary[] = $state.raw([])
  events: EventRecord[] = $state.raw([])
  peerGroups: PeerGroup[] = $state.raw([])
  loaded = $state(false)
  error: string | null = $state(null)

  async reload(): Promise<void> {
    try {
      const [accounts, organisations, events, peerGroups] = await Promise.all([
        fetchAccounts(),
        fetchOrganisations(),
        fetchEvents(),
        fetchPeerGroups(),
      ])
      this.accounts = accounts
      this.organisations = organisations
      this.events = events
      this.peerGroups = peerGroups
      this.error = null
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err)
    } finally {
      this.loaded = true
    }
  }
}
