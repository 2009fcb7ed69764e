/**
 * Adding an event: it names an existing organisation and, optionally, one of that organisation's
 * accounts (an exit or pause is usually about one platform account).
 */
import type { EventBody } from '@crossreach/shared/api'
import type { Store } from '../store/db.ts'
import { saveEvent } from '../store/writes/save-event.ts'
import { ActionError } from './action-error.ts'

export async function addEvent(store: Store, event: EventBody): Promise<number> {
  const org = await store.one('SELECT id FROM organisations WHERE id = ?', [event.organisationId])
  if (!org)
    throw new ActionError(
      'not_found',
      `No organisation with id ${event.organisationId}; see /api/organisations for ids.`,
    )
  if (event.accountId !== undefined) {
    const account = await store.one(
      'SELECT id FROM accounts WHERE id = ? AND organisation_id = ?',
      [event.accountId, event.organisationId],
    )
    if (!account) {
      throw new ActionError(
        'invalid_input',
        `Account ${event.accountId} does not belong to organisation ${event.organisationId}; pick one of its accounts or none.`,
      )
    }
  }
  return saveEvent(store, event)
}
