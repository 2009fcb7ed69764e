/**
 * Server-side PDF of a report: headless Chromium (playwright-core, the Debian chromium package)
 * opens the dashboard's own report page in print mode and prints it to A4. One render at a time
 * (each Chromium takes a few hundred MB). Chromium is found as CROSSREACH_CHROMIUM or `chromium`
 * on PATH; without it the error names the fix.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { HTTPException } from 'hono/http-exception'
import { chromium } from 'playwright-core'

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome']
const READY = '[data-report-ready="true"]'
const TIMEOUT_MS = 45_000

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CROSSREACH_CHROMIUM?.trim()
  if (configured) {
    if (existsSync(configured)) return configured
    throw chromiumMissing(`CROSSREACH_CHROMIUM points at ${configured}, which does not exist.`)
  }
  for (const name of CANDIDATES) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim()
      if (path) return path
    } catch {
      // not on PATH; try the next name
    }
  }
  throw chromiumMissing('Chromium was not found on PATH.')
}

function chromiumMissing(why: string): HTTPException {
  return new HTTPException(503, {
    message: `${why} The PDF is printed by Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CROSSREACH_CHROMIUM to a Chromium or Chrome executable. The report page's own Print button (or Ctrl+P) makes the same PDF in your browser.`,
  })
}

let queue: Promise<unknown> = Promise.resolve()

/** Prints the page at `url` (a report page with print=1) to an A4 PDF. */
export function renderReportPdf(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Buffer> {
  const run = queue.then(() => render(url, env))
  queue = run.catch(() => undefined)
  return run
}

async function render(url: string, env: NodeJS.ProcessEnv): Promise<Buffer> {
  const executablePath = findChromium(env)
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } })
    page.setDefaultTimeout(TIMEOUT_MS)
    await page.goto(url, { waitUntil: 'load' })
    await page.locator(READY).waitFor({ state: 'attached' })
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#444"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
    })
    return Buffer.from(pdf)
  } finally {
    await browser.close()
  }
}
