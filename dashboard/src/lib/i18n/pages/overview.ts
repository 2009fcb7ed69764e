/**
 * Strings of the Overview page ("Where is our audience?") that no other page uses: the
 * interaction charts, the events on the time axis and the headline cards' change lines, in Dutch
 * and English.
 */

const list = (names: string[], and: string): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`

export const nl = {
  overviewInteractionsTitle: (grain: string) => `Interacties per platform per ${grain}`,
  overviewPerPostTitle: 'Interacties per bericht',
  overviewPer1kTitle: 'Interacties per 1.000 volgers',
  overviewEngagementHeading: 'Betrokkenheid',
  overviewNotAvailable: (platforms: string[]) =>
    `Niet beschikbaar op ${list(platforms, 'en')}: dit platform publiceert dit cijfer niet.`,
  overviewEventsTitle: 'Gebeurtenissen in deze periode',
  overviewEventsIntro:
    'In de grafieken staan deze gebeurtenissen als stippellijn met hun nummer; een grijze band toont hoe lang een gebeurtenis duurde.',
  overviewEventsNone: 'Geen gebeurtenissen in deze periode.',
  overviewEventsFailed: 'De gebeurtenissen konden niet worden geladen:',
  overviewEventsOnChart: (n: number) =>
    n === 1
      ? 'Eén gebeurtenis is als stippellijn gemarkeerd; zie de lijst “Gebeurtenissen in deze periode”.'
      : `${n} gebeurtenissen zijn als stippellijn gemarkeerd; zie de lijst “Gebeurtenissen in deze periode”.`,
  overviewEventDates: (from: string, to: string | null) =>
    to === null ? from : `${from} tot en met ${to}`,
  overviewNoPrevious: 'geen telling in de vorige periode',
}

export const en: typeof nl = {
  overviewInteractionsTitle: (grain: string) => `Interactions per platform per ${grain}`,
  overviewPerPostTitle: 'Interactions per post',
  overviewPer1kTitle: 'Interactions per 1,000 followers',
  overviewEngagementHeading: 'Engagement',
  overviewNotAvailable: (platforms: string[]) =>
    `Not available on ${list(platforms, 'and')}: the platform does not publish this figure.`,
  overviewEventsTitle: 'Events in this period',
  overviewEventsIntro:
    'The charts mark these events with a dashed line and their number; a grey band shows how long an event lasted.',
  overviewEventsNone: 'No events in this period.',
  overviewEventsFailed: 'The events could not be loaded:',
  overviewEventsOnChart: (n: number) =>
    n === 1
      ? 'One event is marked with a dashed line; see the list “Events in this period”.'
      : `${n} events are marked with dashed lines; see the list “Events in this period”.`,
  overviewEventDates: (from: string, to: string | null) =>
    to === null ? from : `${from} to ${to}`,
  overviewNoPrevious: 'no count in the previous period',
}
