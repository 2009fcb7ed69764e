/**
 * `npm start`: one process that owns the DuckDB file, runs the schedule and serves the API on
 * HOST:PORT (127.0.0.1:8080 by default). It refuses to listen beyond loopback without an admin
 * token. While it runs it leaves data/server.json so the command line goes through it.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { createApp } from './api/app.ts'
import { ConfigError, isLoopback, loadConfig } from './config.ts'
import { openRuntime, type Runtime } from './runtime.ts'
import { Scheduler } from './schedule/scheduler.ts'

export interface RunningServer {
  url: string
  runtime: Runtime
  scheduler: Scheduler
  stop: () => Promise<void>
}

export async function startServer(
  env: NodeJS.ProcessEnv = process.env,
  opts: Parameters<typeof openRuntime>[1] = {},
): Promise<RunningServer> {
  // Checked on the parsed settings before the database is opened.
  const { host, adminToken } = loadConfig(env)
  if (!isLoopback(host) && !adminToken) {
    throw new ConfigError(
      `Refusing to listen on ${host} without an admin token: anyone who can reach it could change accounts. ` +
        `Set CROSSREACH_ADMIN_TOKEN (16+ characters), or keep HOST=127.0.0.1.`,
    )
  }
  const runtime = await openRuntime(env, opts)
  const { config } = runtime
  const scheduler = new Scheduler(runtime.collectContext, config.schedules)
  const app = createApp({
    store: runtime.store,
    config,
    adapters: runtime.adapters,
    collectContext: runtime.collectContext,
    runningJobs: () => scheduler.runningJobs(),
  })
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () =>
      resolve(s),
    )
    s.once('error', reject)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  if (config.scheduleEnabled) scheduler.start()
  const marker = join(config.dataDir, 'server.json')
  writeFileSync(
    marker,
    JSON.stringify({ url, pid: process.pid, startedAt: new Date().toISOString() }),
  )

  let stopped = false
  return {
    url,
    runtime,
    scheduler,
    stop: async () => {
      if (stopped) return
      stopped = true
      await scheduler.stop()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      rmSync(marker, { force: true })
      await runtime.close()
    },
  }
}
