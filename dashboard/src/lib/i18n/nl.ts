/**
 * Dutch strings of the dashboard (the default language). Metric labels come from shared/metrics.ts.
 * Strings used on one page only live in pages/<page>.ts as `{ nl, en }`, spread in below (and in
 * en.ts) with one line per page.
 */
import type { EVENT_KINDS } from '@crossreach/shared/api'
import * as accountsPage from './pages/accounts.ts'
import * as overviewPage from './pages/overview.ts'
import * as postsPage from './pages/posts.ts'
import * as crosspostsPage from './pages/crossposts.ts'
import * as peersPage from './pages/peers.ts'
import * as scenarioPage from './pages/scenario.ts'
import * as healthPage from './pages/health.ts'
import * as settingsPage from './pages/settings.ts'
import * as reportPage from './pages/report.ts'
import * as downloadsPage from './pages/downloads.ts'

const common = {
  appName: 'crossreach',
  skipToContent: 'Naar de inhoud',
  navOverview: 'Overzicht',
  languageLabel: 'Taal',
  overviewTitle: 'Waar is ons publiek?',
  overviewIntro:
    'Volgers en interacties per platform in de gekozen periode, vergeleken met de even lange periode ervoor. Gebeurtenissen, zoals het stoppen met X of een campagne, staan op de tijdas.',
  filtersLabel: 'Filters',
  from: 'Van',
  to: 'Tot en met',
  grain: 'Per',
  grainDay: 'dag',
  grainWeek: 'week',
  grainMonth: 'maand',
  platforms: 'Platforms',
  organisation: 'Organisatie',
  organisationOwn: 'Eigen organisatie',
  organisationPeer: 'Vergelijkbare organisaties',
  organisationAll: 'Alle organisaties',
  eventKind: {
    exit: 'vertrek',
    pause: 'pauze',
    resume: 'hervat',
    campaign: 'campagne',
    note: 'notitie',
  } satisfies Record<(typeof EVENT_KINDS)[number], string>,
  organisationKind: { own: 'eigen', peer: 'vergelijking' } as Record<'own' | 'peer', string>,
  loading: 'Cijfers laden…',
  loadFailed: 'De cijfers konden niet worden geladen:',
  noAccounts: 'Er zijn geen accounts in deze selectie. Voeg accounts toe of kies andere platforms.',
  period: 'Periode',
  previousPeriod: 'vorige periode',
  rangeText: (from: string, to: string) => `${from} tot en met ${to}`,
  comparedWith: (range: string) => `vergeleken met ${range}`,
  noValue: 'geen telling',
  noData: 'geen gegevens',
  notAvailableOn: (platform: string) => `niet beschikbaar op ${platform}`,
  change: 'Verandering',
  accounts: (n: number) => (n === 1 ? '1 account' : `${n} accounts`),
  followersChartTitle: 'Volgers per platform',
  shareChartTitle: 'Aandeel in het gecombineerde publiek',
  showTable: 'Toon de cijfers als tabel',
  weekOf: (date: string) => `week van ${date}`,
  seriesSummary: (name: string, first: string, last: string, firstDate: string, lastDate: string) =>
    `${name}: van ${first} (${firstDate}) naar ${last} (${lastDate}).`,
  seriesEmpty: (name: string) => `${name}: geen gegevens in deze periode.`,
  gaps: (n: number) => (n === 1 ? '1 periode zonder telling.' : `${n} perioden zonder telling.`),
  chartSummaryIntro: (title: string, range: string) => `${title}, ${range}.`,
}

export type CommonDictionary = typeof common

export const nl = {
  ...common,
  ...overviewPage.nl,
  ...postsPage.nl,
  ...crosspostsPage.nl,
  ...peersPage.nl,
  ...scenarioPage.nl,
  ...healthPage.nl,
  ...accountsPage.nl,
  ...settingsPage.nl,
  ...reportPage.nl,
  ...downloadsPage.nl,
}
