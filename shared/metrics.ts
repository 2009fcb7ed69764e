/**
 * The metric registry: every figure crossreach shows is defined here once, with its Dutch and
 * English label and explanation, unit, formula in plain words, the platforms that supply it and
 * how it is gathered into a bucket (a day, week or month). The SQL (interaction components, the
 * equal-age window), the API's `available` flags and the dashboard's labels all read from it;
 * `Record<MetricKey, …>` makes a metric without a definition fail the typecheck.
 */
import { PLATFORMS, PLATFORM_INFO, type Platform, type PostMetric } from './platforms.ts'

export const METRIC_KEYS = [
  'followers',
  'netFollowerChange',
  'posts',
  'interactions',
  'interactionsPerPost',
  'interactionsPer1kFollowers',
  'interactionsAt7Days',
  'impressions',
  'audienceShare',
] as const
export type MetricKey = (typeof METRIC_KEYS)[number]

/** Metrics that make sense for the combined selection (impressions are X only; the share is 1). */
export const COMBINED_METRIC_KEYS = [
  'followers',
  'netFollowerChange',
  'posts',
  'interactions',
  'interactionsPerPost',
  'interactionsPer1kFollowers',
  'interactionsAt7Days',
] as const satisfies readonly MetricKey[]
export type CombinedMetricKey = (typeof COMBINED_METRIC_KEYS)[number]

/**
 * How a value reads. `count`: a whole number. `ratio`: a quotient shown with decimals.
 * `percent`: a fraction from 0 to 1, shown as a percentage (0.745 reads 74.5%). `per1k`: a rate per
 * 1,000 followers.
 */
export type MetricUnit = 'count' | 'ratio' | 'percent' | 'per1k'

/** How values are gathered into one bucket. */
export type MetricAggregation =
  /** the last snapshot in the bucket */
  | 'lastInBucket'
  /** last in the bucket minus last in the bucket before; nothing across a gap */
  | 'changeOfLast'
  /** posts created in the bucket */
  | 'countInBucket'
  /** sum over the bucket's posts of each post's latest count within the range */
  | 'sumOfLatestPerPost'
  /** derived from other metrics of the same bucket */
  | 'quotient'
  /** average over the bucket's posts of each post's count at a fixed age */
  | 'averageAtAge'
  /** the platform's part of the selection's total at the end of the bucket */
  | 'shareOfCombined'

export interface Bilingual {
  nl: string
  en: string
}

export interface MetricDefinition {
  key: MetricKey
  label: Bilingual
  /** One or two plain sentences for a communications officer. */
  explanation: Bilingual
  unit: MetricUnit
  /** Decimals the server rounds the value to. */
  decimals: number
  /** How the number is computed, in plain words. */
  formula: Bilingual
  /** Platforms whose data supply the metric; elsewhere it is "not available", never 0. */
  platforms: readonly Platform[]
  aggregation: MetricAggregation
}

/** The per-post counts that add up to "interactions". A platform lacking one has fewer parts. */
export const INTERACTION_COMPONENTS = [
  'likes',
  'reposts',
  'replies',
  'quotes',
  'bookmarks',
] as const satisfies readonly PostMetric[]

const EQUAL_AGE_DAYS = 7
const EQUAL_AGE_TOLERANCE_HOURS = 36

/**
 * Equal-age comparison: the snapshot closest to this age, within the tolerance either side;
 * `seconds` and `toleranceSeconds` as the store keeps a snapshot's age.
 */
export const EQUAL_AGE = {
  days: EQUAL_AGE_DAYS,
  toleranceHours: EQUAL_AGE_TOLERANCE_HOURS,
  seconds: EQUAL_AGE_DAYS * 86_400,
  toleranceSeconds: EQUAL_AGE_TOLERANCE_HOURS * 3_600,
} as const

function platformsWithPostMetric(metric: PostMetric): readonly Platform[] {
  return PLATFORMS.filter((p) => PLATFORM_INFO[p].postMetrics.includes(metric))
}

const ALL: readonly Platform[] = PLATFORMS

export const METRICS: Record<MetricKey, MetricDefinition> = {
  followers: {
    key: 'followers',
    label: { nl: 'Volgers', en: 'Followers' },
    explanation: {
      nl: 'Het aantal volgers aan het eind van de periode.',
      en: 'The number of followers at the end of the period.',
    },
    unit: 'count',
    decimals: 0,
    formula: {
      nl: 'De laatste volgertelling in de periode, per account, opgeteld per platform. Heeft een gevolgd account in de periode geen telling, dan blijft de periode leeg.',
      en: 'The last follower count taken in the period, per account, added up per platform. If a tracked account has no count in the period, the period stays empty.',
    },
    platforms: ALL,
    aggregation: 'lastInBucket',
  },
  netFollowerChange: {
    key: 'netFollowerChange',
    label: { nl: 'Netto groei volgers', en: 'Net follower change' },
    explanation: {
      nl: 'Hoeveel volgers er per saldo bij kwamen (of af gingen) ten opzichte van de periode ervoor.',
      en: 'How many followers were gained (or lost) on balance compared with the period before.',
    },
    unit: 'count',
    decimals: 0,
    formula: {
      nl: 'De laatste telling in de periode min de laatste telling in de periode ervoor. Ontbreekt een van beide, dan is er geen waarde.',
      en: 'The last count in the period minus the last count in the period before. If either is missing, there is no value.',
    },
    platforms: ALL,
    aggregation: 'changeOfLast',
  },
  posts: {
    key: 'posts',
    label: { nl: 'Berichten', en: 'Posts' },
    explanation: {
      nl: 'Het aantal eigen berichten, reacties en citaten dat in de periode is geplaatst. Reposts van berichten van anderen tellen niet mee.',
      en: 'The number of own posts, replies and quotes published in the period. Reposts of other people’s posts are not counted.',
    },
    unit: 'count',
    decimals: 0,
    formula: {
      nl: 'Het aantal eigen berichten met een plaatsingsdatum in de periode.',
      en: 'The number of own posts with a publication date in the period.',
    },
    platforms: ALL,
    aggregation: 'countInBucket',
  },
  interactions: {
    key: 'interactions',
    label: { nl: 'Interacties', en: 'Interactions' },
    explanation: {
      nl: 'Alle reacties van het publiek op de berichten uit de periode: likes, reposts, antwoorden, citaten en bladwijzers.',
      en: 'All audience responses to the posts of the period: likes, reposts, replies, quotes and bookmarks.',
    },
    unit: 'count',
    decimals: 0,
    formula: {
      nl: 'Likes + reposts + antwoorden + citaten + bladwijzers van elk bericht uit de periode, volgens de laatste telling tot het eind van het gekozen bereik. Een platform dat een onderdeel niet publiceert, telt met minder onderdelen: Mastodon publiceert geen bladwijzers, en citaten pas vanaf versie 4.5.',
      en: 'Likes + reposts + replies + quotes + bookmarks of each post of the period, at its latest count up to the end of the selected range. A platform that does not publish a component simply has fewer components: Mastodon publishes no bookmarks, and quotes only from version 4.5.',
    },
    platforms: ALL,
    aggregation: 'sumOfLatestPerPost',
  },
  interactionsPerPost: {
    key: 'interactionsPerPost',
    label: { nl: 'Interacties per bericht', en: 'Interactions per post' },
    explanation: {
      nl: 'Het gemiddelde aantal interacties per bericht uit de periode.',
      en: 'The average number of interactions per post of the period.',
    },
    unit: 'ratio',
    decimals: 2,
    formula: {
      nl: 'Interacties gedeeld door het aantal berichten waarvan een telling is.',
      en: 'Interactions divided by the number of posts that have a count.',
    },
    platforms: ALL,
    aggregation: 'quotient',
  },
  interactionsPer1kFollowers: {
    key: 'interactionsPer1kFollowers',
    label: { nl: 'Interacties per 1.000 volgers', en: 'Interactions per 1,000 followers' },
    explanation: {
      nl: 'Interacties in verhouding tot het aantal volgers, zodat grote en kleine accounts te vergelijken zijn.',
      en: 'Interactions relative to the number of followers, so large and small accounts can be compared.',
    },
    unit: 'per1k',
    decimals: 2,
    formula: {
      nl: 'Interacties gedeeld door het aantal volgers aan het eind van de periode, maal 1.000.',
      en: 'Interactions divided by the followers at the end of the period, times 1,000.',
    },
    platforms: ALL,
    aggregation: 'quotient',
  },
  interactionsAt7Days: {
    key: 'interactionsAt7Days',
    label: { nl: 'Interacties na 7 dagen', en: 'Interactions at 7 days' },
    explanation: {
      nl: 'Het gemiddelde aantal interacties per bericht toen het bericht 7 dagen oud was. Zo vergelijk je berichten op gelijke leeftijd.',
      en: 'The average number of interactions per post when the post was 7 days old, so posts are compared at equal age.',
    },
    unit: 'ratio',
    decimals: 2,
    formula: {
      nl: 'Per bericht de telling die het dichtst bij een leeftijd van 7 dagen ligt (hooguit 36 uur ervoor of erna), gemiddeld over de berichten uit de periode. Berichten die aan het eind van het bereik jonger zijn dan 7 dagen, of zonder zo’n telling, tellen niet mee; het aantal gemeten berichten staat erbij.',
      en: 'For each post, the count taken closest to 7 days of age (at most 36 hours before or after), averaged over the posts of the period. Posts younger than 7 days at the end of the range, or without such a count, are left out; the number of posts measured is given alongside.',
    },
    platforms: ALL,
    aggregation: 'averageAtAge',
  },
  impressions: {
    key: 'impressions',
    label: { nl: 'Weergaven', en: 'Impressions' },
    explanation: {
      nl: 'Hoe vaak de berichten uit de periode in beeld zijn geweest. Alleen X publiceert dit; Bluesky en Mastodon niet.',
      en: 'How often the posts of the period were shown on screen. Only X reports this; Bluesky and Mastodon do not.',
    },
    unit: 'count',
    decimals: 0,
    formula: {
      nl: 'De som van de weergaven van elk bericht uit de periode, volgens de laatste telling tot het eind van het gekozen bereik.',
      en: 'The sum of the impressions of each post of the period, at its latest count up to the end of the selected range.',
    },
    platforms: platformsWithPostMetric('impressions'),
    aggregation: 'sumOfLatestPerPost',
  },
  audienceShare: {
    key: 'audienceShare',
    label: { nl: 'Aandeel in het publiek', en: 'Share of audience' },
    explanation: {
      nl: 'Welk deel van alle volgers op de gekozen platforms dit platform heeft.',
      en: 'The part of all followers on the selected platforms that this platform holds.',
    },
    unit: 'percent',
    decimals: 4,
    formula: {
      nl: 'Volgers op dit platform gedeeld door de volgers op alle gekozen platforms samen, aan het eind van de periode; alleen als elk gekozen platform dan een telling heeft. Wie op twee platforms volgt, telt twee keer mee.',
      en: 'Followers on this platform divided by the followers on all selected platforms together, at the end of the period; only when every selected platform has a count then. Someone who follows on two platforms counts twice.',
    },
    platforms: ALL,
    aggregation: 'shareOfCombined',
  },
}

/** Whether a platform's data supply a metric at all (otherwise: "not available", never 0). */
export function isSupplied(metric: MetricKey, platform: Platform): boolean {
  return METRICS[metric].platforms.includes(platform)
}

/** The interaction components a platform publishes. */
export function interactionComponents(platform: Platform): readonly PostMetric[] {
  return INTERACTION_COMPONENTS.filter((c) => PLATFORM_INFO[platform].postMetrics.includes(c))
}
