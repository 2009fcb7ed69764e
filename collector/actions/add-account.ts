/**
 * Adding an account: parse what the person typed, ask the platform whether the account exists
 * (an unknown handle is refused now, not discovered at the first failed run), then store it under
 * its organisation. X without an API token can still be added for CSV import and manual entry.
 */
import { handleKey, parseHandle } from '@crossreach/shared/handles'
import type { AddAccountBody, AddedAccount } from '@crossreach/shared/api'
import type { Platform } from '@crossreach/shared/platforms'
import type { Store } from '../store/db.ts'
import { saveAccount } from '../store/writes/save-account.ts'
import type { PlatformAdapter } from '../platforms/types.ts'
import { ActionError } from './action-error.ts'

export async function addAccount(
  store: Store,
  adapters: Record<Platform, PlatformAdapter>,
  body: AddAccountBody,
): Promise<AddedAccount> {
  const parsed = parseHandle(body.platform, body.handle)
  if (!parsed.ok) throw new ActionError('invalid_handle', parsed.error)
  const organisation = await chooseOrganisation(store, body.organisation, body.peer ?? false)
  const adapter = adapters[body.platform]
  const availability = adapter.available()

  if (!availability.ok) {
    if (parsed.value.platform !== 'x')
      throw new ActionError('platform_unavailable', availability.reason)
    const handle = `@${parsed.value.username}`
    const saved = await saveAccount(
      store,
      {
        platform: 'x',
        platformId: null,
        handleKey: handleKey(parsed.value.username),
        handle,
        displayName: null,
        profileUrl: `https://x.com/${parsed.value.username}`,
        instance: null,
      },
      organisation,
    )
    return {
      id: saved.id,
      handle,
      organisation: organisation.name,
      verified: false,
      restored: saved.restored,
      note: 'Not checked on X: no API token is configured. Figures come from X Analytics CSV imports and manual entries.',
    }
  }

  const resolved = await adapter.resolve(parsed.value)
  const saved = await saveAccount(
    store,
    {
      platform: body.platform,
      platformId: resolved.platformId,
      handleKey: handleKey(resolved.handle),
      handle: resolved.handle,
      displayName: resolved.displayName,
      profileUrl: resolved.profileUrl,
      instance: resolved.instance,
    },
    organisation,
  )
  return {
    id: saved.id,
    handle: resolved.handle,
    organisation: organisation.name,
    verified: true,
    restored: saved.restored,
    note: null,
  }
}

async function chooseOrganisation(
  store: Store,
  name: string | undefined,
  peer: boolean,
): Promise<{ name: string; kind: 'own' | 'peer' }> {
  if (name) {
    const existing = await store.one<{ kind: 'own' | 'peer' }>(
      'SELECT kind FROM organisations WHERE name = ?',
      [name],
    )
    return { name, kind: existing?.kind ?? (peer ? 'peer' : 'own') }
  }
  if (peer)
    throw new ActionError(
      'organisation_required',
      'Name the peer organisation this account belongs to (organisation / --org).',
    )
  const own = await store.all<{ name: string }>(
    "SELECT name FROM organisations WHERE kind = 'own' ORDER BY id",
  )
  if (own.length === 1) return { name: own[0]!.name, kind: 'own' }
  throw new ActionError(
    'organisation_required',
    own.length === 0
      ? 'Name your organisation for this first account, e.g. --org "Gemeente Utrecht".'
      : `There is more than one own organisation (${own.map((o) => o.name).join(', ')}); say which with --org.`,
  )
}
