/** The command line working on the database itself, when no server holds it. */
import { addAccountBody, collectBody, manualFollowersBody } from '@crossreach/shared/api'
import { addAccount } from '../actions/add-account.ts'
import { ActionError } from '../actions/action-error.ts'
import { enterManualFollowers } from '../actions/enter-manual-followers.ts'
import { importXCsv } from '../actions/import-x-csv.ts'
import { openRuntime, type Runtime } from '../runtime.ts'
import { collect } from '../schedule/collect.ts'
import { getAccountList } from '../store/queries/get-account-list.ts'
import { getRecentRuns } from '../store/queries/get-recent-runs.ts'
import { removeAccount } from '../store/writes/save-account.ts'
import { peerGroupBody } from '@crossreach/shared/api-peers'
import { getOrganisations } from '../store/queries/get-organisations.ts'
import { getPeerGroups } from '../store/queries/get-peer-groups.ts'
import { createPeerGroup, deletePeerGroup } from '../store/writes/save-peer-group.ts'
import type { Backend } from './backend.ts'

export async function openDirectBackend(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<Backend> {
  const rt: Runtime = await openRuntime(env, { log })
  return {
    mode: 'direct',
    listAccounts: () => getAccountList(rt.store),
    addAccount: (body) => addAccount(rt.store, rt.adapters, addAccountBody.parse(body)),
    removeAccount: async (id) => {
      if (!(await removeAccount(rt.store, id)))
        throw new ActionError('not_found', `No active account with id ${id}.`)
    },
    collect: async (body) => {
      const summary = await collect(rt.collectContext, {
        ...collectBody.parse(body),
        trigger: 'command',
      })
      await rt.store.checkpoint()
      return summary
    },
    importXCsv: (accountId, fileName, content) =>
      importXCsv(rt.store, { accountId, fileName, content }, 'command'),
    manualFollowers: (body) =>
      enterManualFollowers(rt.store, manualFollowersBody.parse(body), 'command'),
    runs: (opts) => getRecentRuns(rt.store, opts),
    listOrganisations: () => getOrganisations(rt.store),
    listPeerGroups: () => getPeerGroups(rt.store),
    createPeerGroup: async (body) => {
      const id = await createPeerGroup(rt.store, peerGroupBody.parse(body))
      return (await getPeerGroups(rt.store, id))[0]!
    },
    deletePeerGroup: async (id) => {
      if (!(await deletePeerGroup(rt.store, id)))
        throw new ActionError('not_found', `There is no peer group with id ${id}.`)
    },
    close: () => rt.close(),
  }
}
