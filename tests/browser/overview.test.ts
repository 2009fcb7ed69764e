/**
 * The Overview page in a real browser (Debian's chromium through playwright-core) on a small demo
 * database: the headline follower figures equal the API's totals for the same URL filters, the
 * language switch turns the page English, axe finds no WCAG 2.2 AA violations, and a screenshot
 * is saved to test-artifacts/overview.png. Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from 'playwright-core'
import type { FiguresBody } from '@crossreach/shared/api'
import { generateDemo } from '../../collector/demo/generate.ts'
import { startServer } from '../../collector/server.ts'
import { DEFAULT_DASHBOARD_DIR } from '../../collector/api/static.ts'
import { tempDir } from '../helpers/store.ts'

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const FILTERS = 'from=2026-05-01&to=2026-06-30&grain=week'

function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

test('Overview shows the API totals, switches to English and passes axe', async () => {
  const executablePath = chromiumPath()
  assert.ok(
    executablePath,
    'chromium was not found on PATH. Install it (apt-get install chromium) to run the browser tests.',
  )
  assert.ok(
    existsSync(join(DEFAULT_DASHBOARD_DIR, 'index.html')),
    'The dashboard is not built: run npm run build -w dashboard before the browser tests.',
  )
  const { dir, remove } = await tempDir()
  await generateDemo({
    path: join(dir, 'crossreach.duckdb'),
    seed: 'browser-test',
    months: 2,
    end: new Date('2026-06-30T18:00:00Z'),
  })
  const server = await startServer({
    CROSSREACH_DATA_DIR: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    CROSSREACH_SCHEDULE: 'off',
  })
  const browser = await chromium.launch({
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
  try {
    const api = (await (await fetch(`${server.url}/api/figures?${FILTERS}`)).json()) as FiguresBody
    assert.deepEqual(
      api.platforms.map((p) => p.platform),
      ['x', 'bluesky', 'mastodon'],
    )

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (err) => pageErrors.push(err.message))
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text())
    })
    page.setDefaultTimeout(8000)
    await page.goto(`${server.url}/?${FILTERS}`)
    await page
      .locator('canvas[role="img"]')
      .nth(1)
      .waitFor()
      .catch((err: unknown) => {
        throw new Error(`The charts did not appear. Page errors: ${pageErrors.join(' | ')}`, {
          cause: err,
        })
      })
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl')
    assert.equal(await page.locator('h1').textContent(), 'Waar is ons publiek?')

    const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
    for (const p of api.platforms) {
      const expected = p.totals.followers.value
      assert.ok(expected !== null && expected > 0, `${p.platform} has a follower total`)
      const shown = await page.getByTestId(`followers-${p.platform}`).textContent()
      assert.equal(shown?.trim(), dutch.format(expected), p.platform)
    }
    // Impressions: X supplies them; elsewhere "not available", never 0.
    const impressions = api.platforms.find((p) => p.platform === 'x')?.totals.impressions.value
    assert.ok(impressions !== null && impressions !== undefined && impressions > 0)
    assert.match(
      (await page.getByTestId('impressions-x').innerText()) ?? '',
      new RegExp(`^\\s*Weergaven:\\s*${dutch.format(impressions).replaceAll('.', '\\.')}\\b`),
    )
    assert.equal(
      (await page.getByTestId('impressions-mastodon').innerText())?.replace(/\s+/g, ' ').trim(),
      'Weergaven: niet beschikbaar op Mastodon',
    )

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Where is our audience?' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    assert.equal(
      await page.getByRole('heading', { level: 2, name: 'Followers per platform' }).count(),
      1,
    )
    assert.equal(
      (await page.getByTestId('impressions-bluesky').innerText())?.replace(/\s+/g, ' ').trim(),
      'Impressions: not available on Bluesky',
    )

    // The language is remembered across a reload.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Where is our audience?' }).waitFor()
    await page.locator('canvas[role="img"]').nth(1).waitFor()

    // Open the tables so axe checks them as well.
    for (const summary of await page.locator('details > summary').all()) await summary.click()
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    const violations = axe.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    )
    assert.deepEqual(violations, [], violations.join('\n'))

    mkdirSync(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'overview.png'), fullPage: true })
  } finally {
    await browser.close()
    await server.stop()
    remove()
  }
})
