/** Runs a command-line entry point (crossreach's own by default) as a child process, for CLI tests. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface CliResult {
  code: number | null
  out: string
  err: string
}

/** collector/main.ts: the `crossreach` command. */
export const CROSSREACH_MAIN = join(import.meta.dirname, '../../collector/main.ts')

/** Runs `script` with this node and `args`, `env` over the test's own; its exit code and output. */
export function runScript(
  script: string,
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env } })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) => resolve({ code, out, err }))
  })
}

/** The `crossreach` command with `args`. */
export function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  return runScript(CROSSREACH_MAIN, env, ...args)
}
