/**
 * The demo dataset, generated short (2 months) with a fixed seed and end: deterministic, with the
 * outage as a gap, honest nulls per platform, the peer that leaves X, the own organisation on all
 * three platforms, cross-posted messages (found by the matcher) and peer groups.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { getCrossposts } from '../../collector/crossposts/get-crossposts.ts'
import { generateDemo, type DemoSummary } from '../../collector/demo/generate.ts'
import { demoTimeline } from '../../collector/demo/timeline.ts'
import { Store } from '../../collector/store/db.ts'
import { tempDir } from '../helpers/store.ts'

const END = new Date('2026-03-20T10:30:00Z')
const MONTHS = 2
const timeline = demoTimeline(END.getTime(), MONTHS)

let dir: { dir: string; remove: () => void }
let summary: DemoSummary
let store: Store

before(async () => {
  dir = await tempDir()
  summary = await generateDemo({ path: join(dir.dir, 'a.duckdb'), months: MONTHS, end: END })
  store = await Store.open(summary.path)
})

after(() => {
  store.close()
  dir.remove()
})

const EXPECTED_ROWS = {
  organisations: 6,
  accounts: 16,
  events: 5,
  profile_snapshots: 2562,
  posts: 1497,
  post_metric_snapshots: 6277,
  account_daily_metrics: 58,
  collection_runs: 24237,
  peer_groups: 2,
  peer_group_members: 9,
}

async function fingerprint(s: Store) {
  return s.one<{ followers: number; likes: number; impressions: number }>(
    `SELECT (SELECT sum(followers) FROM profile_snapshots)::BIGINT AS followers,
            (SELECT sum(likes) FROM post_metric_snapshots)::BIGINT AS likes,
            (SELECT sum(impressions) FROM post_metric_snapshots)::BIGINT AS impressions`,
  )
}

test('the same seed and end give the same data; the period is the requested one', async () => {
  assert.equal(summary.from, '2026-01-20T00:00:00.000Z')
  assert.equal(summary.to, '2026-03-20T10:00:00.000Z')
  assert.deepEqual(summary.rows, EXPECTED_ROWS)
  const again = await generateDemo({ path: join(dir.dir, 'b.duckdb'), months: MONTHS, end: END })
  assert.deepEqual(again.rows, summary.rows)
  const other = await Store.open(again.path)
  try {
    const first = await fingerprint(store)
    assert.deepEqual(await fingerprint(other), first)
    assert.equal(first?.followers, 18_456_831)
    assert.equal(first?.likes, 133_120)
  } finally {
    other.close()
  }
})

test('the outage is a gap on Bluesky and Mastodon, with error runs and no zeros', async () => {
  const { from, to } = timeline.outage
  const inOutage = `slot >= ?::TIMESTAMPTZ AND slot < ?::TIMESTAMPTZ`
  const span = [new Date(from), new Date(to)]
  const snapshots = await store.all<{ platform: string; profiles: number; posts: number }>(
    `SELECT a.platform,
       (SELECT count(*) FROM profile_snapshots s WHERE s.account_id IN (SELECT id FROM accounts WHERE platform = a.platform) AND ${inOutage}) AS profiles,
       (SELECT count(*) FROM post_metric_snapshots s WHERE s.account_id IN (SELECT id FROM accounts WHERE platform = a.platform) AND ${inOutage}) AS posts
     FROM (SELECT DISTINCT platform FROM accounts) a ORDER BY a.platform`,
    [...span, ...span],
  )
  assert.deepEqual(
    snapshots.map((s) => [s.platform, s.profiles > 0, s.posts > 0]),
    [
      ['bluesky', false, false],
      ['mastodon', false, false],
      ['x', true, true],
    ],
  )
  const errors = await store.all<{ platform: string; job: string; n: number; error: string }>(
    `SELECT platform, job, count(*) AS n, min(error) AS error FROM collection_runs
     WHERE status = 'error' AND ${inOutage} AND platform <> 'x' GROUP BY ALL ORDER BY ALL`,
    span,
  )
  // Five accounts per platform; 12 profile slots and 72 hourly posts runs in three days.
  assert.deepEqual(
    errors.map((e) => [e.platform, e.job, e.n]),
    [
      ['bluesky', 'posts', 360],
      ['bluesky', 'profiles', 60],
      ['mastodon', 'posts', 360],
      ['mastodon', 'profiles', 60],
    ],
  )
  assert.equal(errors[0]?.error, 'Bluesky (public.api.bsky.app) did not answer in time.')
  assert.match(errors[2]?.error ?? '', /^Could not connect to (social\.overheid|mastodon)\.nl;/)
  const bad = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM collection_runs WHERE status = 'error' AND rows_written <> 0`,
  )
  assert.equal(bad?.n, 0)
  const nullFollowers = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM profile_snapshots WHERE followers IS NULL`,
  )
  assert.equal(nullFollowers?.n, 0)
})

test('each platform supplies only its own metrics: null, never 0, for the rest', async () => {
  const rows = await store.all<Record<string, number | string>>(
    `SELECT a.platform, count(*) AS n, count(s.likes) AS likes, count(s.quotes) AS quotes,
       count(s.bookmarks) AS bookmarks, count(s.impressions) AS impressions,
       count(*) FILTER (s.quotes IS NULL AND s.slot >= ?::TIMESTAMPTZ) AS quotes_lacking
     FROM post_metric_snapshots s JOIN accounts a ON a.id = s.account_id
     GROUP BY a.platform ORDER BY a.platform`,
    [new Date(Math.max(...Object.values(timeline.quotesFrom)))],
  )
  const by: Partial<Record<string, Record<string, number | string>>> = {}
  for (const row of rows) by[String(row.platform)] = row
  for (const platform of ['x', 'bluesky', 'mastodon']) {
    assert.equal(by[platform]?.likes, by[platform]?.n, `${platform} likes`)
  }
  assert.equal(by.x?.impressions, by.x?.n)
  assert.equal(by.x?.bookmarks, by.x?.n)
  assert.equal(by.bluesky?.bookmarks, by.bluesky?.n)
  assert.equal(by.bluesky?.impressions, 0)
  assert.equal(by.mastodon?.bookmarks, 0)
  assert.equal(by.mastodon?.impressions, 0)
  // Mastodon quotes: null while the instance ran an older version, counted after its upgrade.
  const mastodonQuotes = Number(by.mastodon?.quotes)
  assert.ok(mastodonQuotes > 0 && mastodonQuotes < Number(by.mastodon?.n))
  assert.equal(by.mastodon?.quotesLacking, 0)
})

test('the peer that leaves X has an exit event and no X figures after its last day', async () => {
  const exit = await store.one<{ id: number; handle: string; removedAt: Date; startsOn: string }>(
    `SELECT a.id, a.handle, a.removed_at, strftime(e.starts_on, '%Y-%m-%d') AS starts_on
     FROM events e JOIN accounts a ON a.id = e.account_id WHERE e.kind = 'exit'`,
  )
  assert.ok(exit)
  assert.equal(exit.handle, '@PvZuidVeenland')
  assert.equal(exit.startsOn, '2026-02-15')
  assert.equal(exit.removedAt.toISOString(), '2026-02-17T09:00:00.000Z')
  const dayAfter = new Date('2026-02-16T00:00:00Z')
  const later = await store.one<{ profiles: number; posts: number; lastProfile: Date }>(
    `SELECT (SELECT count(*) FROM profile_snapshots WHERE account_id = ? AND slot >= ?::TIMESTAMPTZ) AS profiles,
            (SELECT count(*) FROM post_metric_snapshots WHERE account_id = ? AND slot >= ?::TIMESTAMPTZ) AS posts,
            (SELECT max(slot) FROM profile_snapshots WHERE account_id = ?) AS last_profile`,
    [exit.id, dayAfter, exit.id, dayAfter, exit.id],
  )
  assert.equal(later?.profiles, 0)
  assert.equal(later?.posts, 0)
  assert.equal(later?.lastProfile.toISOString(), '2026-02-15T06:05:00.000Z')
  // Between the deactivation and the removal, reads failed as "not found".
  const notFound = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM collection_runs WHERE account_id = ? AND error_kind = 'not_found'`,
    [exit.id],
  )
  assert.equal(notFound?.n, 41 + 2)
  const pause = await store.one<{ handle: string; endsOn: string }>(
    `SELECT a.handle, strftime(e.ends_on, '%Y-%m-%d') AS ends_on FROM events e JOIN accounts a ON a.id = e.account_id WHERE e.kind = 'pause'`,
  )
  assert.deepEqual(pause, { handle: '@Rivierdal_Gem', endsOn: '2026-03-06' })
  const duringPause = await store.one<{ n: number; before: number }>(
    `SELECT count(*) FILTER (p.created_at >= ?::TIMESTAMPTZ AND p.created_at < ?::TIMESTAMPTZ) AS n,
       count(*) FILTER (p.created_at < ?::TIMESTAMPTZ) AS before
     FROM posts p JOIN accounts a ON a.id = p.account_id WHERE a.handle = '@Rivierdal_Gem'`,
    [new Date(timeline.pause.from), new Date(timeline.pause.to), new Date(timeline.pause.from)],
  )
  assert.equal(duringPause?.n, 0)
  assert.ok(Number(duringPause?.before) > 0)
})

test('the own organisation is on all three platforms and cross-posts within minutes', async () => {
  const own = await store.all<{ platform: string }>(
    `SELECT a.platform FROM accounts a JOIN organisations o ON o.id = a.organisation_id
     WHERE o.kind = 'own' AND o.name = 'Gemeente Voorbeeld' ORDER BY a.platform`,
  )
  assert.deepEqual(
    own.map((a) => a.platform),
    ['bluesky', 'mastodon', 'x'],
  )
  // The same message (same opening words) from one organisation on two platforms within 10 minutes.
  const crossPosts = await store.all<{ platforms: string; n: number }>(
    `SELECT a1.platform || '+' || a2.platform AS platforms, count(*) AS n
     FROM posts p1 JOIN accounts a1 ON a1.id = p1.account_id
     JOIN accounts a2 ON a2.organisation_id = a1.organisation_id AND a2.platform > a1.platform
     JOIN posts p2 ON p2.account_id = a2.id AND left(p2.text, 40) = left(p1.text, 40)
       AND abs(epoch(p2.created_at) - epoch(p1.created_at)) <= 600
     JOIN organisations o ON o.id = a1.organisation_id
     WHERE p1.kind = 'original' AND o.kind = 'own' GROUP BY ALL ORDER BY ALL`,
  )
  assert.deepEqual(crossPosts, [
    { platforms: 'bluesky+mastodon', n: 58 },
    { platforms: 'bluesky+x', n: 62 },
    { platforms: 'mastodon+x', n: 72 },
  ])
})

test('the own X account has an overview export whose follows match its follower changes', async () => {
  const days = await store.one<{ n: number; net: number; negative: number }>(
    `SELECT count(*) AS n, sum(new_follows - unfollows)::BIGINT AS net,
       count(*) FILTER (new_follows < 0 OR unfollows < 0) AS negative
     FROM account_daily_metrics m JOIN accounts a ON a.id = m.account_id
     WHERE a.handle = '@GemVoorbeeld' AND m.source = 'csv'`,
  )
  assert.equal(days?.n, 58)
  assert.equal(days?.negative, 0)
  assert.equal(days?.net, -563)
  // The API counts (06:05 on the first exported day and on the day after the last) moved as much,
  // give or take the quarter-day each end: 14,801 to 14,237.
  const api = await store.all<{ followers: number }>(
    `SELECT followers FROM profile_snapshots s JOIN accounts a ON a.id = s.account_id
     WHERE a.handle = '@GemVoorbeeld' AND s.source = 'api' AND s.slot IN (?::TIMESTAMPTZ, ?::TIMESTAMPTZ)
     ORDER BY s.slot`,
    [new Date('2026-01-20T06:05:00Z'), new Date('2026-03-19T06:05:00Z')],
  )
  assert.deepEqual(
    api.map((r) => r.followers),
    [14_801, 14_237],
  )
  // The import rebuilt a daily series from those changes (the anchor day itself is the API count).
  const rebuilt = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM profile_snapshots WHERE source = 'csv'`,
  )
  assert.equal(rebuilt?.n, 57)
})

test('peer groups: "Buurgemeenten" holds the municipality and its two neighbours', async () => {
  const groups = await store.all<{ name: string; members: string }>(
    `SELECT g.name, string_agg(o.name, ', ' ORDER BY o.kind, o.name) AS members
     FROM peer_groups g JOIN peer_group_members m ON m.group_id = g.id
     JOIN organisations o ON o.id = m.organisation_id GROUP BY g.name ORDER BY g.name`,
  )
  assert.deepEqual(groups, [
    {
      name: 'Buurgemeenten',
      members: 'Gemeente Voorbeeld, Gemeente Buurstad, Gemeente Rivierdal',
    },
    {
      name: 'Overheden in de regio',
      members:
        'Gemeente Voorbeeld, Gemeente Buurstad, Gemeente Rivierdal, Provincie Zuid-Veenland, Rijksdienst voor Omgevingsinformatie, Waterschap Lage Landen',
    },
  ])
})

test('cross-posts: the matcher finds the own messages on two and three platforms, some shortened on X', async () => {
  const body = await getCrossposts(
    store,
    { organisation: 'own', from: '2026-01-20', to: '2026-03-19' },
    END,
  )
  const sizes: Record<string, number> = {}
  for (const g of body.groups) {
    const key = g.posts.map((p) => p.platform).join('+')
    sizes[key] = (sizes[key] ?? 0) + 1
    // The demo posts a message on its platforms within 8.5 minutes: a wider group is a false match.
    const times = g.posts.map((p) => Date.parse(p.createdAt))
    assert.ok(Math.max(...times) - Math.min(...times) <= 9 * 60_000, JSON.stringify(g))
  }
  assert.equal(body.postsConsidered, 303)
  assert.deepEqual(sizes, {
    'x+bluesky+mastodon': 49,
    'x+mastodon': 23,
    'bluesky+mastodon': 7,
    'x+bluesky': 11,
  })
  // Messages whose last sentence was left out on X.
  assert.equal(body.groups.filter((g) => g.similarity < 1).length, 18)
  assert.deepEqual(body.summary.pairs[0], {
    platforms: ['x', 'bluesky'],
    groups: 52,
    medians: [9, 2.5],
  })
})
