/**
 * The demo's organisations, accounts (with the peer that left X marked as removed), events
 * (campaigns, the Bluesky influx, the exit and the pause) and peer groups, as plain inserts.
 */
import type { Tx } from '../store/db.ts'
import type { DemoAccount } from './accounts.ts'
import { DAY, HOUR, isoDay } from './calendar.ts'
import { handleOf, profileUrlOf } from './cast.ts'
import type { DemoTimeline } from './timeline.ts'

export async function insertCast(
  tx: Tx,
  accounts: DemoAccount[],
  timeline: DemoTimeline,
): Promise<void> {
  const created = new Date(timeline.start - DAY)
  const orgIds = new Map<string, number>()
  for (const org of [...new Map(accounts.map((a) => [a.org.key, a.org])).values()]) {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO organisations (name, kind, created_at) VALUES (?, ?, ?::TIMESTAMPTZ) RETURNING id`,
      [org.name, org.kind, created],
    )
    orgIds.set(org.key, row!.id)
  }
  for (const a of accounts) {
    const handle = handleOf(a.spec)
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO accounts (organisation_id, platform, platform_id, handle_key, handle, display_name,
         profile_url, instance, added_at, removed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::TIMESTAMPTZ, ?::TIMESTAMPTZ) RETURNING id`,
      [
        orgIds.get(a.org.key)!,
        a.spec.platform,
        a.platformId,
        handle.slice(1).toLowerCase(),
        handle,
        a.spec.displayName,
        profileUrlOf(a.spec),
        a.spec.instance,
        new Date(a.since - HOUR),
        a.removedAt === null ? null : new Date(a.removedAt),
      ],
    )
    a.id = row!.id
  }
}

interface DemoEvent {
  /** The account whose organisation it concerns. */
  by: DemoAccount
  /** Whether it is about that account (an exit or pause on X), or the whole organisation. */
  onAccount: boolean
  kind: 'campaign' | 'note' | 'exit' | 'pause'
  from: number
  to: number | null
  title: string
  note: string
}

export async function insertEvents(
  tx: Tx,
  accounts: readonly DemoAccount[],
  timeline: DemoTimeline,
): Promise<number> {
  const own = accounts.find((a) => a.org.kind === 'own')!
  const exit = accounts.find((a) => a.spec.role === 'exit')!
  const pause = accounts.find((a) => a.spec.role === 'pause')!
  const events: DemoEvent[] = [
    ...timeline.campaigns.map((c): DemoEvent => ({
      by: own,
      onAccount: false,
      kind: 'campaign',
      ...c,
      to: c.to - DAY,
    })),
    {
      by: own,
      onAccount: false,
      kind: 'note',
      from: timeline.influxDay,
      to: null,
      title: 'Veel nieuwe volgers op Bluesky',
      note: 'Landelijke overstapgolf van X naar Bluesky na een omstreden besluit van X.',
    },
    {
      by: exit,
      onAccount: true,
      kind: 'exit',
      from: timeline.exitDay,
      to: null,
      title: `${exit.org.name} stopt op X`,
      note: 'Account op X gedeactiveerd; verder op Bluesky en Mastodon.',
    },
    {
      by: pause,
      onAccount: true,
      kind: 'pause',
      from: timeline.pause.from,
      to: timeline.pause.to - DAY,
      title: `${pause.org.name} pauzeert op X`,
      note: 'Geen berichten op X; het account blijft bestaan.',
    },
  ]
  for (const e of events) {
    await tx.run(
      `INSERT INTO events (organisation_id, account_id, kind, starts_on, ends_on, title, note, created_at)
       SELECT organisation_id, ?, ?, ?::DATE, ?::DATE, ?, ?, ?::TIMESTAMPTZ FROM accounts WHERE id = ?`,
      [
        e.onAccount ? e.by.id : null,
        e.kind,
        isoDay(e.from),
        e.to === null ? null : isoDay(e.to),
        e.title,
        e.note,
        new Date(e.from),
        e.by.id,
      ],
    )
  }
  return events.length
}

/**
 * Peer groups for the benchmark: "Buurgemeenten" (the municipality and its neighbouring
 * municipalities) and "Overheden in de regio" (every organisation of the demo).
 */
export async function insertPeerGroups(
  tx: Tx,
  accounts: readonly DemoAccount[],
  timeline: DemoTimeline,
): Promise<void> {
  const orgs = [...new Map(accounts.map((a) => [a.org.key, a.org])).values()]
  const groups = [
    { name: 'Buurgemeenten', members: orgs.filter((o) => o.type === 'gemeente') },
    { name: 'Overheden in de regio', members: orgs },
  ]
  for (const group of groups) {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO peer_groups (name, created_at) VALUES (?, ?::TIMESTAMPTZ) RETURNING id`,
      [group.name, new Date(timeline.start - DAY)],
    )
    await tx.run(
      `INSERT INTO peer_group_members (group_id, organisation_id)
       SELECT ?, id FROM organisations WHERE name IN (${group.members.map(() => '?').join(', ')})`,
      [row!.id, ...group.members.map((o) => o.name)],
    )
  }
}
