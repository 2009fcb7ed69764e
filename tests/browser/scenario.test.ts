/**
 * The Scenario page in a real browser (Debian's chromium through playwright-core) on an 18-month
 * demo database: the shares, the crossing date, the what-if figures (also after choosing another
 * stop date) and the peers' counts on the page equal what /api/scenario answers; axe finds no
 * WCAG 2.2 AA violations in Dutch or English; a screenshot goes to test-artifacts/scenario.png.
 * Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { ScenarioBody } from '@crossreach/shared/api-scenario'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

const nlCount = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const nlDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const nlPercent = (v: number) =>
  new Intl.NumberFormat('nl-NL', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(v / 100)
const nlSigned = (v: number) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v)
const nlDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** axe's violations with the tables open, so that axe checks them as well. */
async function axeWithTablesOpen(page: Page): Promise<string[]> {
  // Each click takes one off the list.
  const closed = page.locator('details:not([open]) > summary')
  while ((await closed.count()) > 0) await closed.first().click()
  return axeViolations(page)
}

test('Scenario shows the API figures in Dutch and English and passes axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer({ demo: { months: 18 } })
  const browser = await launchChromium(executablePath)
  try {
    const get = async (query: string) =>
      (await (await fetch(`${server.url}/api/scenario?${query}`)).json()) as ScenarioBody
    const api = await get('')
    assert.equal(api.referenceMonth, '2026-06-01')
    assert.deepEqual(api.platforms, ['x', 'bluesky', 'mastodon'])
    assert.equal(api.crossing.status, 'crossing', 'the demo shows a crossing date')
    assert.ok(api.trends.every((tr) => tr.status === 'ok'))
    assert.deepEqual(
      api.peers.map((p) => [p.organisation, p.kind]),
      [
        ['Provincie Zuid-Veenland', 'exit'],
        ['Gemeente Rivierdal', 'pause'],
      ],
    )

    const { page, pageErrors } = await openPage(browser, { consoleErrors: true, timeout: 10_000 })
    await page.goto(`${server.url}/scenario`)
    await page
      .getByTestId('share-followers')
      .waitFor()
      .catch((err: unknown) => {
        throw new Error(`The scenario did not appear. Page errors: ${pageErrors.join(' | ')}`, {
          cause: err,
        })
      })
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl')
    assert.equal(
      await page.locator('h1').textContent(),
      'Minder of niet meer op X: wat betekent dat?',
    )

    // Shares and their change in points, as the server computed them.
    for (const row of api.shares.followers.rows) {
      assert.ok(row.share !== null)
      assert.equal(await text(page, `share-followers-${row.platform}-share`), nlPercent(row.share))
      const twelve = row.changes.find((c) => c.months === 12)?.changePp
      assert.ok(twelve !== null && twelve !== undefined)
      assert.equal(
        await text(page, `share-followers-${row.platform}-change-12`),
        `${nlSigned(twelve)} procentpunt`,
      )
    }

    // The crossing date and its range.
    const crossing = await text(page, 'crossing')
    assert.ok(api.crossing.date)
    assert.ok(crossing.includes(`rond ${nlDate(api.crossing.date)}`), crossing)
    assert.ok(crossing.includes(`${api.crossing.monthsWithData} maanden`), crossing)
    // The gap's chart with its trend and band, drawn on to the 24-month horizon.
    assert.equal(api.crossing.points.length, api.months.length + 24)
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Verschil in volgers: Bluesky + Mastodon min X, met trend',
      })
      .waitFor()

    // What stopping or leaving forgoes.
    assert.ok(api.whatIf.total !== null && api.whatIf.perPost !== null && api.whatIf.share !== null)
    assert.equal(await text(page, 'whatif-total'), nlCount.format(api.whatIf.total))
    assert.equal(await text(page, 'whatif-per-post'), nlDecimal.format(api.whatIf.perPost))
    assert.equal(await text(page, 'whatif-share'), nlPercent(api.whatIf.share))
    assert.equal(
      await text(page, 'whatif-x-followers'),
      nlCount.format(api.whatIf.xFollowersNow ?? Number.NaN),
    )

    // Another stop date: the figures follow the server's answer for it.
    const january = await get('stopFrom=2026-01-01')
    assert.ok(january.whatIf.total !== null)
    assert.notEqual(january.whatIf.total, api.whatIf.total)
    await page.getByLabel('Stoppen vanaf').fill('2026-01-01')
    await page.getByRole('button', { name: 'Bereken' }).click()
    await page.waitForURL(/stopFrom=2026-01-01/)
    await page
      .getByTestId('whatif-total')
      .filter({ hasText: nlCount.format(january.whatIf.total) })
      .waitFor()

    // Peers: followers on their first alternative (Bluesky, or Mastodon for Rivierdal) in the
    // month before the exit, as a count in the table; the index is 100 there.
    assert.deepEqual(
      api.peers.map((p) => p.curves.map((c) => c.platform)),
      [['bluesky', 'mastodon'], ['mastodon']],
    )
    for (const peer of api.peers) {
      const first = peer.curves[0]
      const before = first?.followers[peer.offsets.indexOf(-1)]
      assert.ok(before !== null && before !== undefined, `${peer.organisation} has a count`)
      assert.equal(first?.followersIndex[peer.offsets.indexOf(-1)], 100)
      const row = page
        .getByTestId(`peer-${peer.eventId}-counts`)
        .locator('tr', { has: page.locator('th', { hasText: /^maand −1,/ }) })
      assert.equal((await row.locator('td').first().textContent())?.trim(), nlCount.format(before))
    }

    const dutch = await axeWithTablesOpen(page)
    assert.deepEqual(dutch, [], dutch.join('\n'))

    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Less or no X: what would it mean?' })
      .waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    assert.match(await text(page, 'crossing'), /^If the pace of the last \d+ months holds/)
    const english = await axeWithTablesOpen(page)
    assert.deepEqual(english, [], english.join('\n'))
    assert.deepEqual(pageErrors, [])

    await page.screenshot({ path: join(ARTIFACTS, 'scenario.png'), fullPage: true })
  } finally {
    await browser.close()
    await close()
  }
})
