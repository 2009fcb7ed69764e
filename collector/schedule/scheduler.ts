/**
 * The node-cron schedule: profile counts a few times a day (X once a day, as it is paid), new
 * posts and maturing post counts hourly. Runs of the same job never overlap: a tick that finds the
 * previous run still going is skipped and recorded as skipped, with the reason.
 */
import cron, { type ScheduledTask } from 'node-cron'
import { PLATFORMS, type Platform } from '@crossreach/shared/platforms'
import type { CoreConfig } from '../config.ts'
import { recordSkippedRun } from '../store/writes/save-runs.ts'
import type { CollectContext } from './collect-context.ts'
import { collect, type CollectRequest } from './collect.ts'

interface JobSpec {
  name: string
  expression: string
  request: Omit<CollectRequest, 'trigger' | 'slot'> & { job: 'profiles' | 'posts' }
  platforms: readonly Platform[]
}

export class Scheduler {
  private readonly ctx: CollectContext
  private readonly tasks: ScheduledTask[] = []
  private readonly running = new Map<string, Date>()
  private readonly specs: JobSpec[]

  constructor(ctx: CollectContext, schedules: CoreConfig['schedules']) {
    this.ctx = ctx
    const free: Platform[] = ['bluesky', 'mastodon']
    this.specs = [
      {
        name: 'profiles',
        expression: schedules.profiles,
        request: { job: 'profiles', platforms: free },
        platforms: free,
      },
      {
        name: 'x-profiles',
        expression: schedules.xProfiles,
        request: { job: 'profiles', platforms: ['x'] },
        platforms: ['x'],
      },
      {
        name: 'posts',
        expression: schedules.posts,
        request: { job: 'posts' },
        platforms: PLATFORMS,
      },
    ]
  }

  start(): void {
    for (const spec of this.specs) {
      this.tasks.push(
        cron.schedule(spec.expression, (context) => this.tick(spec, context.date), {
          name: spec.name,
          timezone: 'UTC',
        }),
      )
    }
  }

  async stop(): Promise<void> {
    for (const task of this.tasks) await task.destroy()
    this.tasks.length = 0
  }

  /** Names of jobs running now. */
  runningJobs(): string[] {
    return [...this.running.keys()]
  }

  /** One tick of a job; public so tests can drive the schedule without waiting for the clock. */
  async tick(spec: JobSpec, at: Date): Promise<'ran' | 'skipped'> {
    const slot = new Date(at)
    slot.setUTCSeconds(0, 0)
    const since = this.running.get(spec.name)
    if (since) {
      const reason = `skipped: the previous ${spec.name} run, started ${since.toISOString()}, was still going`
      for (const platform of spec.platforms) {
        await recordSkippedRun(
          this.ctx.store,
          { job: spec.request.job, platform, accountId: null, slot, trigger: 'schedule' },
          reason,
          'overlap',
        )
      }
      this.ctx.log(reason)
      return 'skipped'
    }
    this.running.set(spec.name, this.ctx.now())
    try {
      const summary = await collect(this.ctx, { ...spec.request, trigger: 'schedule', slot })
      this.ctx.log(
        `${spec.name}: ${summary.ok} ok, ${summary.errors} failed, ${summary.skipped} skipped`,
      )
      await this.ctx.store.checkpoint()
    } catch (err) {
      this.ctx.log(`${spec.name} run failed: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      this.running.delete(spec.name)
    }
    return 'ran'
  }

  jobSpecs(): readonly JobSpec[] {
    return this.specs
  }
}
