/** One organisation's id and name: by id, or the own organisation (the first one added). */
import type { Store } from '../db.ts'

export async function getOrganisationRef(
  store: Store,
  organisation: 'own' | number,
): Promise<{ id: number; name: string } | null> {
  const row =
    organisation === 'own'
      ? await store.one<{ id: number; name: string }>(
          `SELECT id, name FROM organisations WHERE kind = 'own' ORDER BY id LIMIT 1`,
        )
      : await store.one<{ id: number; name: string }>(
          `SELECT id, name FROM organisations WHERE id = ?`,
          [organisation],
        )
  return row ?? null
}
