/**
 * What the command line can ask for, independent of how: straight on the database when no server
 * runs, or through the running server's API (DuckDB allows one read-write process per file).
 */
import type {
  AccountSummary,
  AddAccountBody,
  AddedAccount,
  CollectBody,
  CollectSummary,
  ImportSummary,
  ManualFollowersBody,
  OrganisationSummary,
  RunRecord,
} from '@crossreach/shared/api'
import type { PeerGroup, PeerGroupBody } from '@crossreach/shared/api-peers'

export interface Backend {
  readonly mode: 'direct' | 'server'
  listAccounts(): Promise<AccountSummary[]>
  addAccount(body: AddAccountBody): Promise<AddedAccount>
  removeAccount(id: number): Promise<void>
  collect(body: CollectBody): Promise<CollectSummary>
  importXCsv(accountId: number, fileName: string, content: string): Promise<ImportSummary>
  manualFollowers(body: ManualFollowersBody): Promise<{ reconstructedDays: number }>
  runs(opts: { limit: number; status?: RunRecord['status'] }): Promise<RunRecord[]>
  listOrganisations(): Promise<OrganisationSummary[]>
  listPeerGroups(): Promise<PeerGroup[]>
  createPeerGroup(body: PeerGroupBody): Promise<PeerGroup>
  deletePeerGroup(id: number): Promise<void>
  close(): Promise<void>
}
