/**
 * Events on the time axis: which events fall in the shown range (and on the shown platforms), and
 * where a chart draws them: the bucket that holds an event's first day (a dashed line), and for an
 * event with an end date, the buckets it spans (a light band). Events outside the range are left
 * out; an event that began before the range but lasts into it gets a band but no line.
 */
import type { EventRecord } from '@crossreach/shared/api'
import type { DateRange } from '@crossreach/shared/periods'
import type { Platform } from '@crossreach/shared/platforms'

export interface ChartEvent {
  /** The number the event has in the list below the charts; the chart's label shows it. */
  number: number
  /** The bucket holding the event's first day; null when it began before the range. */
  index: number | null
  /** For an event with an end date: the first and last bucket it covers within the range. */
  span: { from: number; to: number } | null
  /** A short label drawn next to the line. */
  label: string
}

/** Events that overlap the range and concern a shown platform (or no platform in particular). */
export function eventsInRange(
  events: readonly EventRecord[],
  range: DateRange,
  platforms: readonly Platform[],
  organisationIds: readonly number[] | null = null,
): EventRecord[] {
  return events.filter(
    (e) =>
      e.startsOn <= range.to &&
      (e.endsOn ?? e.startsOn) >= range.from &&
      (e.platform === null || platforms.includes(e.platform)) &&
      (organisationIds === null ||
        organisationIds.includes(e.organisationId) ||
        CONTEXT_KINDS.has(e.kind)),
  )
}

/** Exits, pauses and returns are shown whatever organisations are selected: they are the context. */
const CONTEXT_KINDS: ReadonlySet<EventRecord['kind']> = new Set(['exit', 'pause', 'resume'])

/** The index of the bucket (given by its first day) that holds `date`; -1 before the first. */
export function bucketIndex(buckets: readonly string[], date: string): number {
  let found = -1
  for (let i = 0; i < buckets.length; i++) {
    const start = buckets[i]
    if (start !== undefined && start <= date) found = i
    else break
  }
  return found
}

/** Where each event of the range goes on a chart with these buckets. */
export function placeEvents(
  events: readonly EventRecord[],
  buckets: readonly string[],
  range: DateRange,
  label: (event: EventRecord, number: number) => string,
): ChartEvent[] {
  return events.map((e, i) => {
    const number = i + 1
    const starts = e.startsOn >= range.from ? bucketIndex(buckets, e.startsOn) : null
    const span =
      e.endsOn === null || e.endsOn === e.startsOn
        ? null
        : {
            from: starts ?? 0,
            to: bucketIndex(buckets, e.endsOn < range.to ? e.endsOn : range.to),
          }
    return {
      number,
      index: starts === null || starts < 0 ? null : starts,
      span: span && span.to >= span.from ? span : null,
      label: label(e, number),
    }
  })
}
