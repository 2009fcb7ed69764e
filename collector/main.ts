/**
 * Entry point. `serve` starts the server (npm start); anything else is the command line.
 * Known failures print one plain message and a distinct exit code, never a stack trace.
 */
import { CommanderError } from 'commander'
import { ActionError } from './actions/action-error.ts'
import { ConfigError } from './config.ts'
import { isPlatformError } from './platforms/errors.ts'
import { redact } from './net/redact.ts'
import { EXIT, runCli } from './cli/program.ts'
import { ServerError } from './cli/server-backend.ts'
import { startServer } from './server.ts'
import { AccountExistsError } from './store/writes/save-account.ts'

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'serve') {
    const server = await startServer(process.env)
    console.log(`crossreach is running at ${server.url} (database ${server.runtime.config.dbPath})`)
    const shutdown = () => {
      console.log('Stopping crossreach…')
      void server.stop().then(() => process.exit(0))
    }
    process.once('SIGINT', shutdown)
    process.once('SIGTERM', shutdown)
    return -1
  }
  return runCli(argv, {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    env: process.env,
  })
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code
  },
  (err: unknown) => {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.refused
      return
    }
    const message = redact(err instanceof Error ? err.message : String(err))
    if (
      err instanceof ActionError ||
      err instanceof AccountExistsError ||
      isPlatformError(err) ||
      err instanceof ServerError
    ) {
      console.error(`crossreach: ${message}`)
      process.exitCode = isPlatformError(err) && err.transient ? EXIT.environment : EXIT.refused
    } else if (err instanceof ConfigError || /database/i.test(message)) {
      console.error(`crossreach: ${message}`)
      process.exitCode = EXIT.environment
    } else {
      console.error(redact(err instanceof Error ? (err.stack ?? message) : message))
      process.exitCode = EXIT.environment
    }
  },
)
