/**
 * Column headings that only the CSV/XLSX downloads of page tables use (the tables on screen show
 * these facts inside other cells), in Dutch and English.
 */
export const nl = {
  dlPlatform: 'Platform',
  dlOrganisation: 'Organisatie',
  dlKind: 'Soort',
  dlLink: 'Link',
  dlCreatedAt: 'Geplaatst (UTC)',
  dlAgeOfCountHours: 'Leeftijd van de telling na 7 dagen (uren)',
  dlCountedAt: 'Laatste telling (UTC)',
  dlLatest: 'Interacties (laatste telling)',
  dlRemovedAt: 'Verwijderd op',
  dlStartsOn: 'Begindatum',
  dlEndsOn: 'Einddatum',
  dlNote: 'Toelichting',
  dlOrganisationKind: 'Eigen of vergelijking',
  dlFollowersAt: 'Volgers geteld op (UTC)',
  dlTodo: 'Wat te doen',
  dlFirstAt: 'Eerste keer (UTC)',
  dlLastAt: 'Laatste keer (UTC)',
  dlUtc: (heading: string) => `${heading} (UTC)`,
}

export const en: typeof nl = {
  dlPlatform: 'Platform',
  dlOrganisation: 'Organisation',
  dlKind: 'Kind',
  dlLink: 'Link',
  dlCreatedAt: 'Published (UTC)',
  dlAgeOfCountHours: 'Age of the 7-day count (hours)',
  dlCountedAt: 'Latest count (UTC)',
  dlLatest: 'Interactions (latest count)',
  dlRemovedAt: 'Removed on',
  dlStartsOn: 'Start date',
  dlEndsOn: 'End date',
  dlNote: 'Note',
  dlOrganisationKind: 'Own or peer',
  dlFollowersAt: 'Followers counted at (UTC)',
  dlTodo: 'What to do',
  dlFirstAt: 'First time (UTC)',
  dlLastAt: 'Last time (UTC)',
  dlUtc: (heading) => `${heading} (UTC)`,
}
