/** English strings of the dashboard; the same keys as nl.ts (the type makes a missing one fail). */
import type { Dictionary } from './index.svelte.ts'
import type { CommonDictionary } from './nl.ts'
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

const common: CommonDictionary = {
  appName: 'crossreach',
  skipToContent: 'Skip to content',
  navOverview: 'Overview',
  languageLabel: 'Language',
  overviewTitle: 'Where is our audience?',
  overviewIntro:
    'Followers and interactions per platform over the chosen period, compared with the period of the same length before it. Events such as leaving X or a campaign are marked on the time axis.',
  filtersLabel: 'Filters',
  from: 'From',
  to: 'To',
  grain: 'Per',
  grainDay: 'day',
  grainWeek: 'week',
  grainMonth: 'month',
  platforms: 'Platforms',
  organisation: 'Organisation',
  organisationOwn: 'Own organisation',
  organisationPeer: 'Peer organisations',
  organisationAll: 'All organisations',
  eventKind: {
    exit: 'exit',
    pause: 'pause',
    resume: 'resumed',
    campaign: 'campaign',
    note: 'note',
  },
  organisationKind: { own: 'own', peer: 'peer' },
  loading: 'Loading figures…',
  loadFailed: 'The figures could not be loaded:',
  noAccounts: 'There are no accounts in this selection. Add accounts or choose other platforms.',
  period: 'Period',
  previousPeriod: 'previous period',
  rangeText: (from, to) => `${from} to ${to}`,
  comparedWith: (range) => `compared with ${range}`,
  noValue: 'no count',
  noData: 'no data',
  notAvailableOn: (platform) => `not available on ${platform}`,
  change: 'Change',
  accounts: (n) => (n === 1 ? '1 account' : `${n} accounts`),
  followersChartTitle: 'Followers per platform',
  shareChartTitle: 'Share of combined audience',
  showTable: 'Show the figures as a table',
  weekOf: (date) => `week of ${date}`,
  seriesSummary: (name, first, last, firstDate, lastDate) =>
    `${name}: from ${first} (${firstDate}) to ${last} (${lastDate}).`,
  seriesEmpty: (name) => `${name}: no data in this period.`,
  gaps: (n) => (n === 1 ? '1 period without a count.' : `${n} periods without a count.`),
  chartSummaryIntro: (title, range) => `${title}, ${range}.`,
}

export const en: Dictionary = {
  ...common,
  ...overviewPage.en,
  ...postsPage.en,
  ...crosspostsPage.en,
  ...peersPage.en,
  ...scenarioPage.en,
  ...healthPage.en,
  ...accountsPage.en,
  ...settingsPage.en,
  ...reportPage.en,
  ...downloadsPage.en,
}
