/**
 * `npm run demo`: crossreach on generated demo data, with no tokens and no internet. The demo
 * database lives in its own directory (data/demo/crossreach.duckdb), never the real one; it is
 * generated when missing (or with --fresh), then served with the schedule off, so nothing is
 * ever collected into it.
 *
 *   npm run demo                      generate if needed, then serve
 *   npm run demo -- --fresh           generate again (data up to now), then serve
 *   npm run demo -- --generate-only   write the database and exit
 *   options: --seed <text>  --months <n>  --dir <directory>
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.ts'
import type { DemoSummary } from './generate.ts'
import { DEFAULT_SEED } from './prng.ts'

const MAIN = fileURLToPath(import.meta.url)
const REPO_ROOT = resolve(MAIN, '../../..')

/** Settings the demo server always runs with; its X figures cost up to about $8 a month. */
const DEMO_ENV = { CROSSREACH_SCHEDULE: 'off', CROSSREACH_X_MONTHLY_BUDGET_USD: '10' }

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      fresh: { type: 'boolean', default: false },
      'generate-only': { type: 'boolean', default: false },
      seed: { type: 'string', default: DEFAULT_SEED },
      months: { type: 'string', default: '18' },
      dir: { type: 'string', default: join(REPO_ROOT, 'data', 'demo') },
    },
  })
  const months = Number(values.months)
  if (!Number.isInteger(months) || months < 1 || months > 60) {
    throw new ConfigError('--months must be a whole number of months from 1 to 60.')
  }
  const dir = resolve(values.dir)
  const realDir = loadConfig({ ...process.env, CROSSREACH_SCHEDULE: 'off' }).dataDir
  if (dir === realDir || dir === join(REPO_ROOT, 'data')) {
    throw new ConfigError(
      `${dir} holds your real crossreach database; the demo never writes there. Choose another --dir.`,
    )
  }
  const path = join(dir, 'crossreach.duckdb')
  if (values['generate-only']) {
    console.log(`Generating demo data (${months} months, seed "${values.seed}")…`)
    // Loaded once the options are known good, so a refusal answers at once.
    const { generateDemo } = await import('./generate.ts')
    report(await generateDemo({ path, seed: values.seed, months }))
    return
  }
  if (values.fresh || !existsSync(path)) {
    // A separate process generates, so the server does not keep the generator's memory.
    const args = [
      '--generate-only',
      '--dir',
      dir,
      '--seed',
      values.seed,
      '--months',
      String(months),
    ]
    const child = spawnSync(process.execPath, [...process.execArgv, MAIN, ...args], {
      stdio: 'inherit',
    })
    if (child.status !== 0) throw new Error('Generating the demo data failed (see above).')
  }

  const { startServer } = await import('../server.ts')
  const env: NodeJS.ProcessEnv = { ...process.env, ...DEMO_ENV, CROSSREACH_DATA_DIR: dir }
  const server = await startServer(env).catch((err: unknown) => {
    if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') {
      throw new ConfigError(
        `Port ${env.PORT ?? 8080} is in use (is crossreach already running?). Try: PORT=8081 npm run demo`,
      )
    }
    throw err
  })
  const last = await server.runtime.store.one<{ last: Date | null }>(
    `SELECT max(slot) AS last FROM profile_snapshots`,
  )
  console.log(`crossreach DEMO is running at ${server.url}`)
  console.log(
    `This is generated demo data (Gemeente Voorbeeld and its peers), not real figures. ` +
      `Database: ${server.runtime.config.dbPath}; nothing is collected into it.`,
  )
  const lastDay = last?.last?.toISOString().slice(0, 10)
  if (lastDay && Date.now() - (last?.last?.getTime() ?? 0) > 2 * 86_400_000) {
    console.log(`The demo data ends on ${lastDay}. For data up to today: npm run demo -- --fresh`)
  }
  const shutdown = () => void server.stop().then(() => process.exit(0))
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

function report(s: DemoSummary): void {
  const rows = Object.entries(s.rows)
    .map(([table, n]) => `  ${table.padEnd(22)} ${n.toLocaleString('en')}`)
    .join('\n')
  console.log(
    `Demo database ${s.path}\n  period ${s.from.slice(0, 10)} to ${s.to.slice(0, 10)}\n${rows}\n` +
      `  generated in ${s.seconds.toFixed(1)} s, ${(s.bytes / 1_048_576).toFixed(1)} MB`,
  )
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError || (err instanceof TypeError && 'code' in err)) {
    console.error(`crossreach demo: ${err.message}`)
    process.exitCode = 2
  } else {
    console.error(err)
    process.exitCode = 3
  }
})
