/**
 * When things happen in the demo: the period, the Bluesky influx, the peer that leaves X, the
 * peer that pauses, the campaigns, the collection outage, the Mastodon upgrades that add quote
 * counts, and the X export import. Placed at fractions of the period, so a short test variant
 * still contains every one of them. Also the collection schedule's slots.
 */
import { DAY, HOUR, MINUTE, floorDay, monthsBefore } from './calendar.ts'

export interface Span {
  from: number
  to: number
}

export interface DemoTimeline {
  start: number
  end: number
  /** Many people move to Bluesky within a few days (like November 2024). */
  influxDay: number
  /** The peer's last day on X; its account is deactivated that afternoon. */
  exitDay: number
  exitDeactivatedAt: number
  /** The team stops tracking the deactivated account after two days of failed reads. */
  exitRemovedAt: number
  pause: Span
  campaigns: readonly (Span & { title: string; note: string })[]
  /** Bluesky and Mastodon could not be reached: error runs, no figures. */
  outage: Span
  /** Mastodon hosts report quote counts from their upgrade to 4.5 on. */
  quotesFrom: Readonly<Record<string, number>>
  /** The own X account's overview export: its days, and when it was imported. */
  csvDays: Span
  importedAt: number
}

export function demoTimeline(endMs: number, months: number): DemoTimeline {
  const end = Math.floor(endMs / HOUR) * HOUR
  const start = floorDay(monthsBefore(end, months))
  const dayAt = (fraction: number) => floorDay(start + fraction * (end - start))
  const exitDay = dayAt(0.44)
  const importDay = floorDay(end) - DAY
  return {
    start,
    end,
    influxDay: dayAt(0.32),
    exitDay,
    exitDeactivatedAt: exitDay + 16 * HOUR,
    exitRemovedAt: exitDay + 2 * DAY + 9 * HOUR,
    pause: { from: dayAt(0.62), to: dayAt(0.78) },
    campaigns: [
      {
        from: dayAt(0.2),
        to: dayAt(0.235),
        title: 'Campagne "Afval scheiden loont"',
        note: 'Nieuwe afvalkalender en minder restafval; posts op alle kanalen.',
      },
      {
        from: dayAt(0.53),
        to: dayAt(0.555),
        title: 'Campagne gemeenteraadsverkiezingen',
        note: 'Oproep om te stemmen, uitleg over stempassen en stembureaus.',
      },
    ],
    outage: { from: dayAt(0.86) + 3 * HOUR, to: dayAt(0.86) + 3 * DAY + 3 * HOUR },
    quotesFrom: {
      'mastodon.nl': dayAt(0.5) + 7 * HOUR,
      'social.overheid.nl': dayAt(0.66) + 6 * HOUR,
    },
    csvDays: { from: Math.max(start, floorDay(monthsBefore(importDay, 6))), to: importDay - DAY },
    importedAt: importDay + 9 * HOUR + 41 * MINUTE,
  }
}

/** Bluesky and Mastodon profile counts: 00:00, 06:00, 12:00, 18:00 UTC. */
export function profileSlots(from: number, to: number): number[] {
  return slotsEvery(from, to, 6 * HOUR, 0)
}

/** X profile counts (paid reads): once a day at 06:05 UTC. */
export function xProfileSlots(from: number, to: number): number[] {
  return slotsEvery(from, to, DAY, 6 * HOUR + 5 * MINUTE)
}

/** Posts runs: hourly at :20. */
export function postsSlots(from: number, to: number): number[] {
  return slotsEvery(from, to, HOUR, 20 * MINUTE)
}

/** The first posts slot at or after `ms`. */
export function nextPostsSlot(ms: number): number {
  return Math.ceil((ms - 20 * MINUTE) / HOUR) * HOUR + 20 * MINUTE
}

function slotsEvery(from: number, to: number, step: number, offset: number): number[] {
  const slots: number[] = []
  for (let s = Math.ceil((from - offset) / step) * step + offset; s <= to; s += step) slots.push(s)
  return slots
}

export function within(ms: number, span: Span): boolean {
  return ms >= span.from && ms < span.to
}
