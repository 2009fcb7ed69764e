/**
 * The Overview page in a real browser (Debian's chromium through playwright-core) on a small demo
 * database: the headline follower figures equal the API's totals for the same URL filters, the
 * language switch turns the page English, axe finds no WCAG 2.2 AA violations, and a screenshot
 * is saved to test-artifacts/overview.png. Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { FiguresBody } from '@crossreach/shared/api'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

const FILTERS = 'from=2026-05-01&to=2026-06-30&grain=week'

test('Overview shows the API totals, switches to English and passes axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer()
  const browser = await launchChromium(executablePath)
  try {
    const api = (await (await fetch(`${server.url}/api/figures?${FILTERS}`)).json()) as FiguresBody
    assert.deepEqual(
      api.platforms.map((p) => p.platform),
      ['x', 'bluesky', 'mastodon'],
    )

    const { page, pageErrors } = await openPage(browser, { consoleErrors: true })
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
    const violations = await axeViolations(page)
    assert.deepEqual(violations, [], violations.join('\n'))

    await page.screenshot({ path: join(ARTIFACTS, 'overview.png'), fullPage: true })
  } finally {
    await browser.close()
    await close()
  }
})

test('the plain Overview asks for its figures once, before its code has loaded (app.html)', async () => {
  const executablePath = chromiumPath()
  // "Today" at the demo's end, so the default 90 days hold its data.
  const now = new Date('2026-06-30T20:00:00Z')
  const { server, close } = await startDemoServer({ runtime: { now: () => now } })
  const browser = await launchChromium(executablePath)
  try {
    const api = (await (await fetch(`${server.url}/api/figures?grain=week`)).json()) as FiguresBody
    const { page } = await openPage(browser)
    const asked: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === '/api/figures') asked.push(url.search)
    })
    await page.goto(`${server.url}/`)
    await page.locator('canvas[role="img"]').nth(1).waitFor()
    assert.deepEqual(asked, ['?grain=week&platforms=x%2Cbluesky%2Cmastodon&organisation=own'])
    const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
    const x = api.platforms.find((p) => p.platform === 'x')?.totals.followers.value
    assert.ok(x !== null && x !== undefined && x > 0)
    assert.equal((await page.getByTestId('followers-x').textContent())?.trim(), dutch.format(x))

    // A filter in the address: the page asks itself, once.
    asked.length = 0
    await page.goto(`${server.url}/?${FILTERS}`)
    await page.locator('canvas[role="img"]').nth(1).waitFor()
    assert.deepEqual(asked, [
      `?from=2026-05-01&to=2026-06-30&grain=week&platforms=x%2Cbluesky%2Cmastodon&organisation=own`,
    ])
  } finally {
    await browser.close()
    await close()
  }
})
