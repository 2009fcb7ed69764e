/**
 * Who is in the demo: the own municipality "Gemeente Voorbeeld" and its peers (neighbouring
 * municipalities, a province, a water board, a national agency), their accounts on X, Bluesky and
 * Mastodon (fictional handles), and how each account's audience and posting habits move.
 */
import type { Platform } from '@crossreach/shared/platforms'

export type OrgType = 'gemeente' | 'provincie' | 'waterschap' | 'rijk'

export interface DemoOrganisation {
  key: string
  name: string
  kind: 'own' | 'peer'
  type: OrgType
  /** Web site, for links in posts. */
  site: string
  /** Hashtag for the organisation's area. */
  tag: string
  /** Messages the team writes on an ordinary working day (each posted on one or more platforms). */
  messagesPerWorkday: number
}

/** Daily follower growth as a fraction of the current count, before and after the influx. */
export interface FollowerModel {
  start: number
  before: number
  /** Extra followers during the influx week, as a fraction of the count then (negative on X). */
  influx: number
  afterStart: number
  afterEnd: number
}

export interface DemoAccountSpec {
  org: string
  platform: Platform
  /** X: the @name; Bluesky: the handle; Mastodon: the user name on `instance`. */
  username: string
  instance: string | null
  displayName: string
  followers: FollowerModel
  following: number
  /** Posts the account had before the demo period starts. */
  postsBefore: number
  /** Chance that a message of the organisation is also posted here, at the start and at the end. */
  share: readonly [number, number]
  repliesPerWorkday: number
  /** Opened during the Bluesky influx rather than tracked from the start. */
  joinsAtInflux?: boolean
  /** This peer leaves X (an exit event), or pauses posting there (a pause event). */
  role?: 'exit' | 'pause'
}

export const ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'voorbeeld',
    name: 'Gemeente Voorbeeld',
    kind: 'own',
    type: 'gemeente',
    site: 'gemeentevoorbeeld.nl',
    tag: 'Voorbeeld',
    messagesPerWorkday: 2.2,
  },
  {
    key: 'buurstad',
    name: 'Gemeente Buurstad',
    kind: 'peer',
    type: 'gemeente',
    site: 'buurstad.nl',
    tag: 'Buurstad',
    messagesPerWorkday: 2.8,
  },
  {
    key: 'rivierdal',
    name: 'Gemeente Rivierdal',
    kind: 'peer',
    type: 'gemeente',
    site: 'rivierdal.nl',
    tag: 'Rivierdal',
    messagesPerWorkday: 1.2,
  },
  {
    key: 'zuidveenland',
    name: 'Provincie Zuid-Veenland',
    kind: 'peer',
    type: 'provincie',
    site: 'zuid-veenland.nl',
    tag: 'ZuidVeenland',
    messagesPerWorkday: 2.3,
  },
  {
    key: 'lagelanden',
    name: 'Waterschap Lage Landen',
    kind: 'peer',
    type: 'waterschap',
    site: 'lagelanden.nl',
    tag: 'LageLanden',
    messagesPerWorkday: 1.3,
  },
  {
    key: 'rdo',
    name: 'Rijksdienst voor Omgevingsinformatie',
    kind: 'peer',
    type: 'rijk',
    site: 'rijksdienstomgeving.nl',
    tag: 'Omgevingsinformatie',
    messagesPerWorkday: 2.9,
  },
]

type Model = readonly [number, number, number, number, number]

/** The fields every account entry fills; the platform helpers below add the rest. */
type Basics = Pick<DemoAccountSpec, 'org' | 'platform' | 'username' | 'instance' | 'postsBefore'>

function account(
  basics: Basics,
  [start, before, influx, afterStart, afterEnd]: Model,
  habits: Pick<DemoAccountSpec, 'following' | 'share' | 'repliesPerWorkday'>,
  extra: Partial<DemoAccountSpec> = {},
): DemoAccountSpec {
  const displayName = ORGANISATIONS.find((o) => o.key === basics.org)?.name ?? basics.org
  const followers = { start, before, influx, afterStart, afterEnd }
  return { ...basics, displayName, followers, ...habits, ...extra }
}

/** X: the share of messages also posted there falls from 0.95 to 0.6 unless given. */
function x(
  org: string,
  username: string,
  m: Model,
  postsBefore: number,
  extra: Partial<DemoAccountSpec> = {},
): DemoAccountSpec {
  const following = 180 + ((username.length * 37) % 300)
  const basics = { org, platform: 'x' as const, username, instance: null, postsBefore }
  return account(basics, m, { following, share: [0.95, 0.6], repliesPerWorkday: 0.5 }, extra)
}

function bluesky(org: string, handle: string, m: Model, postsBefore: number): DemoAccountSpec {
  const following = 60 + ((handle.length * 13) % 120)
  const basics = {
    org,
    platform: 'bluesky' as const,
    username: handle,
    instance: null,
    postsBefore,
  }
  return account(basics, m, { following, share: [0.5, 0.95], repliesPerWorkday: 0.3 })
}

function mastodon(org: string, address: string, m: Model, postsBefore: number): DemoAccountSpec {
  const [username = '', instance = ''] = address.split('@')
  const following = 40 + ((username.length * 11) % 90)
  const basics = { org, platform: 'mastodon' as const, username, instance, postsBefore }
  return account(basics, m, { following, share: [0.75, 0.85], repliesPerWorkday: 0.2 })
}

/** Follower model columns: start, daily growth before the influx, influx, growth after (start → end). */
export const ACCOUNTS: readonly DemoAccountSpec[] = [
  // Gemeente Voorbeeld, the own organisation, on all three platforms.
  x('voorbeeld', 'GemVoorbeeld', [14_800, -2e-4, -0.012, -4e-4, -7e-4], 11_900, {
    repliesPerWorkday: 0.55,
  }),
  bluesky('voorbeeld', 'gemeentevoorbeeld.bsky.social', [700, 1.2e-3, 0.9, 3e-3, 8e-4], 240),
  mastodon(
    'voorbeeld',
    'gemeentevoorbeeld@social.overheid.nl',
    [1_100, 8e-4, 0.06, 8e-4, 8e-4],
    610,
  ),
  // Peers: two neighbouring municipalities, a province, a water board and a national agency.
  x('buurstad', 'GemBuurstad', [41_000, -1e-4, -0.008, -3e-4, -5e-4], 23_400, {
    share: [0.95, 0.75],
    repliesPerWorkday: 0.8,
  }),
  bluesky('buurstad', 'buurstad.bsky.social', [2_300, 1e-3, 0.7, 2.5e-3, 6e-4], 410),
  mastodon('buurstad', 'buurstad@social.overheid.nl', [2_600, 7e-4, 0.05, 7e-4, 7e-4], 880),
  x('rivierdal', 'Rivierdal_Gem', [5_900, -2e-4, -0.01, -4e-4, -6e-4], 7_300, {
    share: [0.9, 0.75],
    repliesPerWorkday: 0.3,
    role: 'pause',
  }),
  mastodon('rivierdal', 'gemeenterivierdal@mastodon.nl', [380, 9e-4, 0.08, 9e-4, 9e-4], 150),
  x('zuidveenland', 'PvZuidVeenland', [23_500, -3e-4, -0.02, -8e-4, -8e-4], 16_800, {
    share: [0.9, 0.9],
    repliesPerWorkday: 0.35,
    role: 'exit',
  }),
  bluesky('zuidveenland', 'zuidveenland.bsky.social', [3_100, 1.5e-3, 0.8, 2.5e-3, 8e-4], 520),
  mastodon('zuidveenland', 'zuidveenland@social.overheid.nl', [1_900, 8e-4, 0.06, 1e-3, 1e-3], 700),
  x('lagelanden', 'WSLageLanden', [5_200, -1e-4, -0.006, -2e-4, -4e-4], 4_100, {
    share: [0.95, 0.85],
    repliesPerWorkday: 0.25,
  }),
  {
    ...bluesky('lagelanden', 'lagelanden.bsky.social', [150, 0, 1.5, 4e-3, 1e-3], 0),
    joinsAtInflux: true,
  },
  x('rdo', 'RDOmgeving', [86_000, -5e-5, -0.006, -2e-4, -3.5e-4], 9_800, {
    share: [0.95, 0.85],
    repliesPerWorkday: 0.6,
  }),
  bluesky('rdo', 'rijksdienstomgeving.bsky.social', [6_500, 1.5e-3, 0.6, 2.5e-3, 6e-4], 730),
  mastodon('rdo', 'omgevingsinformatie@social.overheid.nl', [7_200, 6e-4, 0.04, 6e-4, 6e-4], 1_450),
]

/** The handle as crossreach stores it: @name, @name.bsky.social, @name@instance. */
export function handleOf(spec: DemoAccountSpec): string {
  return spec.instance ? `@${spec.username}@${spec.instance}` : `@${spec.username}`
}

export function profileUrlOf(spec: DemoAccountSpec): string {
  switch (spec.platform) {
    case 'x':
      return `https://x.com/${spec.username}`
    case 'bluesky':
      return `https://bsky.app/profile/${spec.username}`
    case 'mastodon':
      return `https://${spec.instance}/@${spec.username}`
  }
}
