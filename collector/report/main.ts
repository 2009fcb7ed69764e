/** Entry point of `npm run report` (see cli.ts); exit codes as for the crossreach command line. */
import { redact } from '../net/redact.ts'
import { runReportCli } from './cli.ts'

runReportCli(process.argv.slice(2), {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    console.error(`report: ${redact(err instanceof Error ? err.message : String(err))}`)
    process.exitCode = 3
  },
)
