/**
 * Child process of the collection benchmark: fake Bluesky, Mastodon and X servers with a fixed
 * latency and an enforced rate budget, seeded with N accounts each. Runs apart from the collector
 * so the collector's memory is measured alone. Talks to the parent over IPC.
 */
import { startBlueskyFake } from '../fakes/bluesky-server.ts'
import { startMastodonFake } from '../fakes/mastodon-server.ts'
import { startXFake } from '../fakes/x-server.ts'

const { perPlatform, latencyMs, windowMs, budget, postsEach } = JSON.parse(process.argv[2]!) as {
  perPlatform: number[]
  latencyMs: number
  windowMs: number
  budget: number
  postsEach: number
}
const now = new Date()
const rate = { windowMs, budget }
const bluesky = await startBlueskyFake({ latencyMs, rate })
const mastodon = await startMastodonFake({ host: 'social.example', latencyMs, rate })
const x = await startXFake({ latencyMs, rate })
const bsky = bluesky.generateAccounts(perPlatform[0]!, {
  prefix: 'gemeente',
  postsPerAccount: postsEach,
  newest: new Date(now.getTime() - 600_000),
  intervalMs: 5 * 3_600_000,
})
const masto = mastodon.generateAccounts(perPlatform[1]!, {
  prefix: 'gemeente',
  postsPerAccount: postsEach,
  until: now,
})
const xs = x.generateAccounts(perPlatform[2]!, { prefix: 'gemeente', postsEach, now })

const servers = { bluesky: bluesky.server, mastodon: mastodon.server, x: x.server }
process.send!({
  type: 'ready',
  env: {
    CROSSREACH_BLUESKY_APPVIEW: bluesky.url,
    CROSSREACH_MASTODON_ORIGINS: mastodon.originEntry,
    ...x.env(),
  },
  handles: {
    bluesky: bsky.map((a) => a.handle),
    mastodon: masto.map((a) => `@${a.username}@social.example`),
    x: xs.map((a) => `@${a.username}`),
  },
})
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'stats') {
    const cpu = process.cpuUsage()
    process.send!({
      type: 'stats',
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      stats: Object.fromEntries(
        Object.entries(servers).map(([name, s]) => [
          name,
          {
            requests: s.requests.length,
            maxWindowCount: s.maxWindowCount,
            budgetViolations: s.budgetViolations,
          },
        ]),
      ),
    })
  }
  if (msg.type === 'reset') for (const s of Object.values(servers)) s.requests.length = 0
  if (msg.type === 'stop')
    void Promise.all([bluesky.close(), mastodon.close(), x.close()]).then(() => process.exit(0))
})
