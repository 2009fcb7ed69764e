/**
 * The national-scale database of `npm run bench:api`, generated inside DuckDB with SQL
 * (generate_series, hash-based pseudo-random counts, INSERT … SELECT) into the real schema (the
 * Store runs the real migrations). Rows are inserted in time order, as collection writes them.
 *
 * - 1,000 accounts on all three platforms (334 organisations; the first 10 are 'own').
 * - 3 years of profile snapshots, four a day (00, 06, 12, 18 UTC), one collection outage day.
 * - About 3 posts per account per day (0–6, hash-based), with metric snapshots at the ages the
 *   store keeps a post's counts at as it matures: 1 h, 6 h, 24 h, 48 h, 7 d and 30 d (the
 *   collector's own refresh polls hourly while a post is young; that is too many rows at this
 *   scale and adds nothing to what the figures read). Heavy-tailed interactions (few viral posts).
 * - Collection runs: one profiles run and one posts run per account every 6 hours (the real
 *   posts schedule is hourly).
 *
 * Cached under data/bench/ (git-ignored) by its parameters and end time, reused when present.
 */
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Store } from '../../collector/store/db.ts'
import { rebuildAccountDays } from '../../collector/store/writes/save-account-days.ts'
import { rebuildPostDays } from '../../collector/store/writes/save-post-days.ts'
import { rebuildPostSummaries } from '../../collector/store/writes/save-post-summaries.ts'

export interface NationalParams {
  accounts: number
  days: number
  ownOrganisations: number
}

export interface NationalDb {
  path: string
  /** The last profile slot; the server's clock is set just after it. */
  end: Date
  generated: boolean
  seconds: number
  rows: Record<string, number>
}

const CACHE = resolve(import.meta.dirname, '../../data/bench')
const DAY_MS = 86_400_000
/** The seconds after each post's creation at which the store keeps a metric snapshot. */
const AGES = [3600, 21_600, 86_400, 172_800, 604_800, 2_592_000]
const CHUNK_DAYS = 120

/** Uniform in [0, 1) from a hash of SQL expressions. */
const u = (...parts: string[]) => `((hash(${parts.join(', ')}) % 1000003) / 1000003.0)`

export async function nationalDb(params: NationalParams, log = console.log): Promise<NationalDb> {
  const now = Date.now()
  const end = new Date(Math.floor(now / (6 * 3_600_000)) * 6 * 3_600_000)
  const key = `a${params.accounts}-d${params.days}-o${params.ownOrganisations}-${end.toISOString().slice(0, 10)}`
  const dir = join(CACHE, key)
  const path = join(dir, 'crossreach.duckdb')
  const meta = join(dir, 'meta.json')
  if (existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as {
      end: string
      seconds: number
      rows: Record<string, number>
    }
    return { path, end: new Date(m.end), generated: false, seconds: m.seconds, rows: m.rows }
  }
  // An older cache (other day or parameters) is of no use: remove it rather than fill the disk.
  if (existsSync(CACHE)) {
    for (const old of readdirSync(CACHE)) rmSync(join(CACHE, old), { recursive: true, force: true })
  }
  mkdirSync(dir, { recursive: true })
  const started = performance.now()
  const store = await Store.open(path)
  const endIso = end.toISOString()
  const start = new Date(end.getTime() - (params.days - 1) * DAY_MS)
  const startDay = start.toISOString().slice(0, 10)
  const outageDay = Math.floor(params.days * 0.6)
  const N = params.accounts
  const step = async (label: string, sql: string) => {
    const t = performance.now()
    await store.exec(sql)
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }

  // Organisations and accounts: account a (1-based) is on platform a % 3, in organisation ceil(a/3).
  await step(
    'organisations, accounts, events',
    `BEGIN;
     INSERT INTO organisations (id, name, kind, created_at)
       SELECT o, 'Organisatie ' || o, CASE WHEN o <= ${params.ownOrganisations} THEN 'own' ELSE 'peer' END,
              TIMESTAMPTZ '${startDay}T00:00:00Z'
       FROM range(1, ${Math.ceil(N / 3) + 1}) t(o);
     INSERT INTO accounts (id, organisation_id, platform, platform_id, handle_key, handle, display_name,
                           profile_url, instance, added_at)
       SELECT a, (a + 2) // 3, pl, pid, lower(h), h, 'Organisatie ' || ((a + 2) // 3),
              CASE pl WHEN 'x' THEN 'https://x.com/' || h WHEN 'bluesky' THEN 'https://bsky.app/profile/' || h
                      ELSE 'https://' || inst || '/@' || h END,
              inst, TIMESTAMPTZ '${startDay}T00:00:00Z'
       FROM (SELECT a, ['x', 'bluesky', 'mastodon'][1 + a % 3] AS pl FROM range(1, ${N + 1}) t(a)) s,
       LATERAL (SELECT CASE pl WHEN 'x' THEN 'org' || a WHEN 'bluesky' THEN 'org' || a || '.bsky.social'
                               ELSE 'org' || a END AS h,
                       CASE pl WHEN 'x' THEN (1000000000 + a)::VARCHAR WHEN 'bluesky' THEN 'did:plc:bench' || lpad(a::VARCHAR, 16, '0')
                               ELSE (109000000000000000 + a)::VARCHAR END AS pid,
                       CASE pl WHEN 'mastodon' THEN ['social.overheid.nl', 'mastodon.social', 'mstdn.social'][1 + a % 3] END AS inst);
     SELECT nextval('organisation_id_seq') FROM range(${Math.ceil(N / 3)});
     SELECT nextval('account_id_seq') FROM range(${N});
     INSERT INTO events (organisation_id, account_id, kind, starts_on, title)
       SELECT o, o * 3 - 2, CASE WHEN o % 2 = 0 THEN 'exit' ELSE 'campaign' END,
              DATE '${startDay}' + CAST(floor(${u('o')} * ${params.days}) AS INTEGER),
              CASE WHEN o % 2 = 0 THEN 'Gestopt op X' ELSE 'Campagne ' || o END
       FROM range(1, ${Math.ceil(N / 3) + 1}, 7) t(o);
     COMMIT`,
  )

  for (let c0 = 0; c0 < params.days; c0 += CHUNK_DAYS) {
    const c1 = Math.min(params.days, c0 + CHUNK_DAYS)
    await step(
      `profile snapshots and runs, days ${c0}–${c1 - 1}`,
      `BEGIN;
       INSERT INTO profile_snapshots
       SELECT a, slot, 'api',
              CASE WHEN ${u('a', 'd', 'k', "'null'")} < 0.002 THEN NULL ELSE
              greatest(0, CAST(base * (1 + trend * d / ${params.days}) + base * 0.002 * (${u('a', 'd', 'k')} - 0.5) AS BIGINT)) END,
              100 + a % 500, 200 + CAST(d * 3.1 AS BIGINT), slot + INTERVAL 40 SECOND,
              ((d * 4 + k) * 2) * ${N} + a
       FROM range(${c0}, ${c1}) t(d), range(4) q(k), range(1, ${N + 1}) s(a),
       LATERAL (SELECT TIMESTAMPTZ '${startDay}T00:00:00Z' + to_days(d::INTEGER) + to_hours((k * 6)::INTEGER) AS slot,
                       500 + 200000 * pow(${u('a', "'base'")}, 3) AS base,
                       CASE a % 3 WHEN 1 THEN -0.4 * ${u('a', "'t'")} WHEN 2 THEN 1.5 * ${u('a', "'t'")}
                            ELSE 0.6 * ${u('a', "'t'")} END AS trend)
       WHERE d <> ${outageDay} AND slot <= TIMESTAMPTZ '${endIso}'
       ORDER BY slot, a;
       INSERT INTO collection_runs (id, job, platform, account_id, slot, trigger, status, started_at, finished_at,
                                    requests, rows_written, estimated_cost_usd, error, error_kind)
       SELECT ((d * 4 + k) * 2 + j) * ${N} + a, ['profiles', 'posts'][j + 1], ['x', 'bluesky', 'mastodon'][1 + a % 3],
              a, slot, 'schedule', CASE WHEN d = ${outageDay} THEN 'error' ELSE 'ok' END,
              slot + INTERVAL 5 SECOND, slot + INTERVAL 40 SECOND, 1 + j, CASE WHEN d = ${outageDay} THEN 0 ELSE 1 + j * 3 END,
              CASE WHEN a % 3 = 1 THEN 0.0100 * (1 + j) ELSE 0 END,
              CASE WHEN d = ${outageDay} THEN 'De server van het platform gaf geen antwoord.' END,
              CASE WHEN d = ${outageDay} THEN 'unavailable' END
       FROM range(${c0}, ${c1}) t(d), range(4) q(k), range(2) r(j), range(1, ${N + 1}) s(a),
       LATERAL (SELECT TIMESTAMPTZ '${startDay}T00:00:00Z' + to_days(d::INTEGER) + to_hours((k * 6)::INTEGER) + to_minutes((j * 20)::INTEGER) AS slot)
       WHERE slot <= TIMESTAMPTZ '${endIso}'
       ORDER BY slot, a;
       COMMIT`,
    )
  }

  await step(
    'posts',
    `INSERT INTO posts
     SELECT a, pid,
            CASE pl WHEN 'x' THEN 'https://x.com/org' || a || '/status/' || pid
                    WHEN 'bluesky' THEN 'https://bsky.app/profile/org' || a || '.bsky.social/post/3l' || n
                    ELSE 'https://mastodon.social/@org' || a || '/' || pid END,
            created_at, CASE WHEN ${u('n', "'kind'")} < 0.8 THEN 'original' WHEN ${u('n', "'kind'")} < 0.93 THEN 'reply' ELSE 'quote' END,
            ['Vandaag gepubliceerd: ', 'Let op: ', 'Nieuw op onze website: ', 'Terugblik: ', 'Vacature: ', 'Uitnodiging: '][1 + n % 6]
              || ['de nieuwe regeling voor mantelzorgers', 'werkzaamheden aan de brug over het kanaal',
                  'de resultaten van het bewonersonderzoek', 'ons jaarverslag over dienstverlening',
                  'de openingstijden tijdens de feestdagen', 'subsidie voor verduurzaming van woningen',
                  'het debat over de begroting', 'een oproep aan inwoners om mee te denken'][1 + (n // 6) % 8]
              || '. Lees meer via de link. #overheid' || CASE WHEN n % 3 = 0 THEN ' #nieuws' ELSE '' END,
            'nl', ${u('n', "'media'")} < 0.4, 'api', created_at + INTERVAL 1 HOUR
     FROM (
       SELECT a, ['x', 'bluesky', 'mastodon'][1 + a % 3] AS pl, (a * ${params.days} + d) * 7 + j AS n,
              TIMESTAMPTZ '${startDay}T07:00:00Z' + to_days(d::INTEGER) + to_seconds(CAST(floor(${u('a', 'd', 'j')} * 54000) AS BIGINT)) AS created_at
       FROM range(${params.days}) t(d), range(1, ${N + 1}) s(a), range(7) q(j)
       WHERE j < floor(${u('a', 'd', "'count'")} * 7)
     ) x,
     LATERAL (SELECT CASE pl WHEN 'x' THEN (1600000000000000000 + n)::VARCHAR
                             WHEN 'bluesky' THEN 'at://did:plc:bench' || lpad(a::VARCHAR, 16, '0') || '/app.bsky.feed.post/3l' || n
                             ELSE (110000000000000000 + n)::VARCHAR END AS pid)
     WHERE created_at < TIMESTAMPTZ '${endIso}'
     ORDER BY created_at, a`,
  )

  // Metric snapshots in slot order: per chunk of slots, from the posts young enough to reach it.
  for (let c0 = 0; c0 < params.days; c0 += CHUNK_DAYS) {
    const c1 = Math.min(params.days, c0 + CHUNK_DAYS)
    const lo = `TIMESTAMPTZ '${startDay}T00:00:00Z' + to_days(${c0})`
    const hi = `TIMESTAMPTZ '${startDay}T00:00:00Z' + to_days(${c1})`
    await step(
      `post metric snapshots, days ${c0}–${c1 - 1}`,
      `INSERT INTO post_metric_snapshots
       SELECT account_id, post_id, slot, 'api', epoch(slot - created_at)::BIGINT,
              CAST(f * m * 0.7 AS BIGINT), CAST(f * m * 0.15 AS BIGINT), CAST(f * m * 0.1 AS BIGINT),
              CASE WHEN account_id % 3 <> 0 THEN CAST(f * m * 0.05 AS BIGINT) END,
              CASE WHEN account_id % 3 <> 0 THEN CAST(f * m * 0.03 AS BIGINT) END,
              CASE WHEN account_id % 3 = 1 THEN CAST(f * m * 40 + 20 * m AS BIGINT) END,
              slot + INTERVAL 30 SECOND,
              (((epoch(slot) - epoch(TIMESTAMPTZ '${startDay}T00:00:00Z')) // 21600) * 2 + 1) * ${N} + account_id
       FROM (
         SELECT po.account_id, po.post_id, po.created_at,
                time_bucket(INTERVAL 1 HOUR, po.created_at + to_seconds(age) - INTERVAL 20 MINUTE) + INTERVAL 80 MINUTE AS slot,
                1 - exp(-age / 43200.0) AS m,
                2 / pow(greatest(${u('po.account_id', 'po.post_id')}, 0.000001), 0.8)
                  * sqrt(1 + (hash(po.account_id, 'base') % 1000003) / 1000003.0 * 20) AS f
         FROM posts po, (SELECT unnest(${JSON.stringify(AGES)}) AS age) g
         WHERE po.created_at >= ${lo} - INTERVAL 31 DAY AND po.created_at < ${hi}
       )
       WHERE slot >= ${lo} AND slot < ${hi} AND slot <= TIMESTAMPTZ '${endIso}'
         AND slot::DATE <> DATE '${startDay}' + ${outageDay}
       ORDER BY slot, account_id, post_id`,
    )
  }
  // Written straight in SQL: fill the figures' pre-aggregates as the store's writes would.
  const t = performance.now()
  await store.write((tx) => rebuildAccountDays(tx, null))
  log(`  account days: ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const t2 = performance.now()
  await store.write((tx) => rebuildPostSummaries(tx, null))
  log(`  post summaries: ${((performance.now() - t2) / 1000).toFixed(1)} s`)
  const t3 = performance.now()
  await store.write((tx) => rebuildPostDays(tx, null))
  log(`  post days: ${((performance.now() - t3) / 1000).toFixed(1)} s`)
  await step('checkpoint', 'CHECKPOINT')
  const rows = await countRows(store)
  store.close()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  writeFileSync(meta, JSON.stringify({ params, end: endIso, seconds, rows }))
  return { path, end, generated: true, seconds, rows }
}

export async function countRows(store: Store): Promise<Record<string, number>> {
  const tables = [
    'organisations',
    'accounts',
    'profile_snapshots',
    'posts',
    'post_metric_snapshots',
    'collection_runs',
    'events',
  ]
  const row = await store.one<Record<string, number>>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})::BIGINT AS ${t}`).join(', ')}`,
  )
  return Object.fromEntries(
    tables.map((t) => [
      t,
      Number(row?.[t.replace(/_(.)/g, (_, c: string) => c.toUpperCase())] ?? 0),
    ]),
  )
}
