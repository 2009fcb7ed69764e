/**
 * The set-up the browser tests share: Debian's chromium through playwright-core (headless,
 * `--no-sandbox`), a server on a temporary data directory (a demo database by default; port 0,
 * loopback, schedule off), a page with its errors collected, and axe with the WCAG 2.2 AA tags,
 * its violations as one line each. Screenshots go to ARTIFACTS (test-artifacts/).
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { generateDemo } from '../../collector/demo/generate.ts'
import { startServer, type RunningServer } from '../../collector/server.ts'
import { DEFAULT_DASHBOARD_DIR } from '../../collector/api/static.ts'
import { tempDir } from './store.ts'

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts')
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The chromium on PATH; fails the test when it is missing or the dashboard is not built. */
export function chromiumPath(): string {
  let path = ''
  try {
    path = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    // Not found: the assertion below says what to do.
  }
  assert.ok(path, 'chromium was not found on PATH (apt-get install chromium).')
  assert.ok(
    existsSync(join(DEFAULT_DASHBOARD_DIR, 'index.html')),
    'The dashboard is not built: run npm run build -w dashboard before the browser tests.',
  )
  return path
}

/** Headless chromium; also makes sure the screenshot directory exists. */
export async function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

export interface DemoServerOptions {
  /** The demo database to generate; false for an empty data directory. */
  demo?: { seed?: string; months?: number; end?: Date } | false
  /** More settings for the server (admin token, fake platform addresses). */
  env?: Record<string, string>
  /** The runtime options startServer passes on (e.g. a fixed clock). */
  runtime?: Parameters<typeof startServer>[1]
}

/** A server on a fresh temporary directory; close() stops it and removes the directory. */
export async function startDemoServer(
  opts: DemoServerOptions = {},
): Promise<{ server: RunningServer; dir: string; close: () => Promise<void> }> {
  const { dir, remove } = await tempDir()
  if (opts.demo !== false) {
    await generateDemo({
      path: join(dir, 'crossreach.duckdb'),
      seed: opts.demo?.seed ?? 'browser-test',
      months: opts.demo?.months ?? 2,
      end: opts.demo?.end ?? new Date('2026-06-30T18:00:00Z'),
    })
  }
  const server = await startServer(
    {
      CROSSREACH_DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      CROSSREACH_SCHEDULE: 'off',
      ...opts.env,
    },
    opts.runtime,
  )
  const close = async () => {
    await server.stop()
    remove()
  }
  return { server, dir, close }
}

export interface PageOptions {
  /** Playwright's default timeout for the page, in ms (default 8000). */
  timeout?: number
  /** Collect console errors as well as uncaught page errors. */
  consoleErrors?: boolean
  /** A script run in every page of the context before the page's own (addInitScript). */
  initScript?: string
}

/** A new 1280×900 context and page; pageErrors collects what goes wrong in the page. */
export async function openPage(
  browser: Browser,
  opts: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  if (opts.initScript) await context.addInitScript(opts.initScript)
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (err) => pageErrors.push(err.message))
  if (opts.consoleErrors) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text())
    })
  }
  page.setDefaultTimeout(opts.timeout ?? 8000)
  return { context, page, pageErrors }
}

/** The text of the first element matching `selector`, runs of white space made single spaces. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** tag#id.class of the focused element (the tests' tsconfig has no DOM types: a string). */
export async function focusedId(page: Page): Promise<string> {
  return String(
    await page.evaluate(
      `(() => { const el = document.activeElement; return el ? el.tagName.toLowerCase() + '#' + el.id + '.' + el.className : '' })()`,
    ),
  )
}

/** axe's WCAG 2.2 AA violations on the page as it is, one line each: rule, help, elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  )
}

/** Asserts axe finds no violations; `state` names the page state in the failure message. */
export async function assertAxe(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page)
  assert.deepEqual(violations, [], `${state}:\n${violations.join('\n')}`)
}
