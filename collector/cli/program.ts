/**
 * The `crossreach` command line: accounts, collect once, X CSV import, manual follower counts,
 * recent runs, peer groups. Works with or without a running server. Exit codes: 0 done; 1 done, but some
 * collections failed; 2 the input was refused (message says why); 3 settings or database trouble.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import { PLATFORMS, isPlatform, type Platform } from '@crossreach/shared/platforms'
import { ActionError } from '../actions/action-error.ts'
import { loadConfig } from '../config.ts'
import type { Backend } from './backend.ts'
import { openDirectBackend } from './direct-backend.ts'
import { findServer, serverBackend } from './server-backend.ts'
import { formatAccounts, formatCollectSummary, formatRuns } from './format.ts'

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  env: NodeJS.ProcessEnv
}

export const EXIT = { ok: 0, partial: 1, refused: 2, environment: 3 } as const

function platformArg(value: string): Platform {
  if (!isPlatform(value)) throw new InvalidArgumentError(`use one of ${PLATFORMS.join(', ')}`)
  return value
}

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError('must be a positive whole number')
  return n
}

function count(value: string): number {
  const n = Number(value.replace(/[ ,._]/g, ''))
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('must be a whole number of followers, e.g. 12400')
  return n
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok
  let backend: Backend | undefined
  const open = async (): Promise<Backend> => {
    if (backend) return backend
    const config = loadConfig(io.env)
    const url = await findServer(config.dataDir)
    backend = url ? serverBackend(url, config.adminToken) : await openDirectBackend(io.env, io.err)
    return backend
  }

  const program = new Command('crossreach')
    .description('Reach and engagement analytics for X, Bluesky and Mastodon.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })

  const accounts = program.command('accounts').description('add, list and remove tracked accounts')
  accounts
    .command('list')
    .description('list tracked accounts with their latest follower count')
    .action(async () => io.out(formatAccounts(await (await open()).listAccounts())))
  accounts
    .command('add')
    .description('add an account after checking it exists on the platform')
    .argument('<platform>', PLATFORMS.join(' | '), platformArg)
    .argument('<handle>', 'e.g. @name.bsky.social, @name@social.example, @name or a profile URL')
    .option('--org <name>', 'the organisation it belongs to (created if new)')
    .option('--peer', "a peer organisation's account (for benchmarks)", false)
    .action(async (platform: Platform, handle: string, opts: { org?: string; peer: boolean }) => {
      const added = await (
        await open()
      ).addAccount({ platform, handle, organisation: opts.org, peer: opts.peer })
      io.out(
        `${added.restored ? 'Restored' : 'Added'} ${added.handle} on ${platform} (id ${added.id}, ${added.organisation}).`,
      )
      if (added.note) io.out(added.note)
    })
  accounts
    .command('remove')
    .description('stop collecting an account (its history is kept)')
    .argument('<id>', 'account id from "accounts list"', positiveInt)
    .action(async (id: number) => {
      await (await open()).removeAccount(id)
      io.out(`Account ${id} removed; its history is kept.`)
    })

  program
    .command('collect')
    .description('collect now: all accounts, one platform or one account')
    .option('--job <job>', 'profiles | posts | all', 'all')
    .option('--platform <platform>', 'only this platform', platformArg)
    .option('--account <id>', 'only this account', positiveInt)
    .action(async (opts: { job: string; platform?: Platform; account?: number }) => {
      if (!['profiles', 'posts', 'all'].includes(opts.job))
        throw new InvalidArgumentError('--job must be profiles, posts or all')
      const summary = await (
        await open()
      ).collect({
        job: opts.job as 'profiles' | 'posts' | 'all',
        platform: opts.platform,
        accountId: opts.account,
      })
      io.out(formatCollectSummary(summary))
      if (summary.errors > 0) exitCode = EXIT.partial
    })

  program
    .command('import-x-csv')
    .description('import an X Analytics CSV export (per-tweet, content or account overview)')
    .argument('<file>', 'the exported .csv file')
    .requiredOption('--account <id>', 'the X account it belongs to', positiveInt)
    .action(async (file: string, opts: { account: number }) => {
      let content: string
      try {
        content = readFileSync(file, 'utf8')
      } catch {
        throw new InvalidArgumentError(`cannot read ${file}; check the path`)
      }
      const result = await (await open()).importXCsv(opts.account, basename(file), content)
      io.out(
        `Imported ${result.rows} rows (${result.kind}): ${result.postsWritten} posts, ${result.daysWritten} days, ` +
          `${result.followerDaysReconstructed} follower days rebuilt.`,
      )
      if (result.note) io.out(result.note)
    })

  program
    .command('followers')
    .description('enter a follower count by hand for a date')
    .requiredOption('--account <id>', 'account id', positiveInt)
    .requiredOption('--date <YYYY-MM-DD>', 'the day the count is for')
    .requiredOption('--count <n>', 'followers on that day', count)
    .action(async (opts: { account: number; date: string; count: number }) => {
      const r = await (
        await open()
      ).manualFollowers({ accountId: opts.account, date: opts.date, followers: opts.count })
      io.out(`Saved ${opts.count} followers on ${opts.date} for account ${opts.account}.`)
      if (r.reconstructedDays > 0)
        io.out(`Rebuilt ${r.reconstructedDays} days of the X follower series from it.`)
    })

  program
    .command('runs')
    .description('recent collection runs and their errors')
    .option('--limit <n>', 'how many', positiveInt, 30)
    .option('--errors', 'only failed runs', false)
    .action(async (opts: { limit: number; errors: boolean }) => {
      io.out(
        formatRuns(
          await (
            await open()
          ).runs({ limit: opts.limit, status: opts.errors ? 'error' : undefined }),
        ),
      )
    })

  const peers = program.command('peers').description('peer groups for the benchmark')
  peers
    .command('list')
    .description('list peer groups and their organisations')
    .action(async () => {
      const groups = await (await open()).listPeerGroups()
      if (groups.length === 0)
        io.out('No peer groups yet. Create one with: peers create <name> --org …')
      for (const g of groups)
        io.out(`${g.id}  ${g.name}: ${g.members.map((m) => `${m.name} (${m.id})`).join(', ')}`)
    })
  peers
    .command('create')
    .description('create a peer group of organisations (own and peers)')
    .argument('<name>', 'e.g. "Buurgemeenten"')
    .requiredOption('--org <organisation...>', 'organisation names or ids (see accounts list)')
    .action(async (name: string, opts: { org: string[] }) => {
      const b = await open()
      const known = await b.listOrganisations()
      const organisationIds = opts.org.map((o) => {
        const found = known.find(
          (k) => String(k.id) === o || k.name.toLowerCase() === o.toLowerCase(),
        )
        if (!found)
          throw new ActionError(
            'not_found',
            `no organisation "${o}"; known: ${known.map((k) => k.name).join(', ')}`,
          )
        return found.id
      })
      const group = await b.createPeerGroup({ name, organisationIds })
      io.out(
        `Created peer group ${group.id} "${group.name}": ${group.members.map((m) => m.name).join(', ')}.`,
      )
    })
  peers
    .command('delete')
    .description('delete a peer group (the organisations stay)')
    .argument('<id>', 'group id from "peers list"', positiveInt)
    .action(async (id: number) => {
      await (await open()).deletePeerGroup(id)
      io.out(`Peer group ${id} deleted.`)
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
  } finally {
    await backend?.close()
  }
  return exitCode
}
