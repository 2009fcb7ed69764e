/** Inserting and deleting events (exits, pauses, campaigns, notes). */
import type { EventBody } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

export async function saveEvent(store: Store, event: EventBody): Promise<number> {
  return store.write(async (tx) => {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO events (organisation_id, account_id, kind, starts_on, ends_on, title, note)
       VALUES (?, ?, ?, ?::DATE, ?::DATE, ?, ?) RETURNING id`,
      [
        event.organisationId,
        event.accountId ?? null,
        event.kind,
        event.startsOn,
        event.endsOn ?? null,
        event.title,
        event.note ?? null,
      ],
    )
    return row!.id
  })
}

export async function deleteEvent(store: Store, id: number): Promise<boolean> {
  return store.write(
    async (tx) => (await tx.all('DELETE FROM events WHERE id = ? RETURNING id', [id])).length > 0,
  )
}
