/** A real runtime (temporary DuckDB file, real adapters from env) and its Hono app, for API tests. */
import assert from 'node:assert/strict'
import { createApp } from '../../collector/api/app.ts'
import { openRuntime, type Runtime } from '../../collector/runtime.ts'
import { Scheduler } from '../../collector/schedule/scheduler.ts'
import { tempDir } from './store.ts'

export interface TestRuntime {
  runtime: Runtime
  app: ReturnType<typeof createApp>
  scheduler: Scheduler
  logs: string[]
  env: NodeJS.ProcessEnv
  close: () => Promise<void>
}

export async function testRuntime(
  env: NodeJS.ProcessEnv = {},
  now?: () => Date,
): Promise<TestRuntime> {
  const { dir, remove } = await tempDir()
  const logs: string[] = []
  const fullEnv = { CROSSREACH_DATA_DIR: dir, CROSSREACH_SCHEDULE: 'off', ...env }
  const runtime = await openRuntime(fullEnv, { log: (l) => logs.push(l), now })
  const scheduler = new Scheduler(runtime.collectContext, runtime.config.schedules)
  const app = createApp({
    store: runtime.store,
    config: runtime.config,
    adapters: runtime.adapters,
    collectContext: runtime.collectContext,
    runningJobs: () => scheduler.runningJobs(),
  })
  return {
    runtime,
    app,
    scheduler,
    logs,
    env: fullEnv,
    close: async () => {
      await runtime.close()
      remove()
    },
  }
}

export function json(body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }
}

/** GETs `url` from the test app, asserts 200 (the body is the failure message), returns the JSON. */
export async function getOk<T>(t: TestRuntime, url: string): Promise<T> {
  const res = await t.app.request(url)
  assert.equal(res.status, 200, await res.clone().text())
  return (await res.json()) as T
}
