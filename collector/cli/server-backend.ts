/**
 * The command line going through a running server, with the typed client built from the API's
 * own type. Finds the server through data/server.json and checks that it answers.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hc } from 'hono/client'
import type { ErrorBody } from '@crossreach/shared/api'
import type { AppType } from '../api/app.ts'
import type { Backend } from './backend.ts'

export class ServerError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = 'ServerError'
    this.code = code
  }
}

/** The running server's URL, or undefined when none answers. */
export async function findServer(dataDir: string): Promise<string | undefined> {
  const marker = join(dataDir, 'server.json')
  if (!existsSync(marker)) return undefined
  try {
    const { url, pid } = JSON.parse(readFileSync(marker, 'utf8')) as { url: string; pid: number }
    process.kill(pid, 0)
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(3000) })
    return res.status === 200 || res.status === 503 ? url : undefined
  } catch {
    return undefined
  }
}

async function unwrap<T>(res: Response): Promise<T> {
  const body = (await res.json()) as T | ErrorBody
  if (!res.ok) {
    const err = (body as ErrorBody).error
    throw new ServerError(
      err?.code ?? 'http_error',
      err?.message ?? `The server answered ${res.status}`,
    )
  }
  return body as T
}

export function serverBackend(url: string, adminToken: string | undefined): Backend {
  const client = hc<AppType>(url, {
    headers: adminToken ? { authorization: `Bearer ${adminToken}` } : {},
  })
  const api = client.api
  return {
    mode: 'server',
    listAccounts: async () =>
      (
        await unwrap<{ accounts: Awaited<ReturnType<Backend['listAccounts']>> }>(
          await api.accounts.$get({ query: {} }),
        )
      ).accounts,
    addAccount: async (json) =>
      (
        await unwrap<{ account: Awaited<ReturnType<Backend['addAccount']>> }>(
          await api.accounts.$post({ json }),
        )
      ).account,
    removeAccount: async (id) => {
      await unwrap(await api.accounts[':id'].$delete({ param: { id: String(id) } }))
    },
    collect: async (json) =>
      (
        await unwrap<{ summary: Awaited<ReturnType<Backend['collect']>> }>(
          await api.collect.$post({ json }),
        )
      ).summary,
    importXCsv: async (accountId, fileName, content) => {
      const res = await fetch(
        `${url}/api/imports/x-csv?${new URLSearchParams({ accountId: String(accountId), fileName }).toString()}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'text/csv',
            ...(adminToken ? { authorization: `Bearer ${adminToken}` } : {}),
          },
          body: content,
        },
      )
      return (await unwrap<{ import: Awaited<ReturnType<Backend['importXCsv']>> }>(res)).import
    },
    manualFollowers: async (json) =>
      (
        await unwrap<{ entry: Awaited<ReturnType<Backend['manualFollowers']>> }>(
          await api['manual-followers'].$post({ json }),
        )
      ).entry,
    runs: async (opts) =>
      (
        await unwrap<{ runs: Awaited<ReturnType<Backend['runs']>> }>(
          await api.runs.$get({
            query: { limit: String(opts.limit), ...(opts.status ? { status: opts.status } : {}) },
          }),
        )
      ).runs,
    listOrganisations: async () =>
      (
        await unwrap<{ organisations: Awaited<ReturnType<Backend['listOrganisations']>> }>(
          await api.organisations.$get(),
        )
      ).organisations,
    listPeerGroups: async () =>
      (
        await unwrap<{ groups: Awaited<ReturnType<Backend['listPeerGroups']>> }>(
          await api.peers.groups.$get(),
        )
      ).groups,
    createPeerGroup: async (json) =>
      (
        await unwrap<{ group: Awaited<ReturnType<Backend['createPeerGroup']>> }>(
          await api.peers.groups.$post({ json }),
        )
      ).group,
    deletePeerGroup: async (id) => {
      await unwrap(await api.peers.groups[':id'].$delete({ param: { id: String(id) } }))
    },
    close: async () => undefined,
  }
}
