/**
 * The Overview by keyboard and its new states, in a real browser (Debian's chromium through
 * playwright-core) on a small demo database: Tab from the skip link through the filters to a
 * metric's definition (opened with Enter, closed with Escape) and a chart's table; a filter change
 * through the form puts the grain and range in the URL and shows the API's figures for that URL
 * (cards, interactions per post); the events of the range are listed as text; axe finds no WCAG
 * 2.2 AA violations in Dutch and English with a definition and the tables open. Screenshots go to
 * test-artifacts/overview-*.png. Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { EventRecord, FiguresBody } from '@crossreach/shared/api'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

const START = 'from=2026-05-01&to=2026-06-30&grain=week'

/** What has focus, as a short description: tag, type, accessible text. */
async function focused(page: Page): Promise<string> {
  // A string, run in the page: the tests are typed without the DOM library.
  return page.evaluate<string>(`(() => {
    const el = document.activeElement
    if (!el) return 'none'
    const type = el.getAttribute('type')
    const label =
      el.closest('label')?.textContent?.trim() ??
      el.getAttribute('aria-label') ??
      el.textContent?.trim() ??
      ''
    return el.tagName.toLowerCase() + (type ? '[' + type + ']' : '') + ' ' +
      label.replace(/\\s+/g, ' ').slice(0, 40)
  })()`)
}

/** Presses Tab until focus is on an element matching `want`, returning what it passed. */
async function tabTo(page: Page, want: RegExp, limit = 40): Promise<string[]> {
  const passed: string[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (passed.at(-1) !== now) passed.push(now)
    if (want.test(now)) return passed
  }
  throw new Error(`Tab never reached ${want}; passed: ${passed.join(' → ')}`)
}

test('Overview by keyboard: definitions, filters in the URL, events as text, axe in both languages', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer()
  const browser = await launchChromium(executablePath)
  const figures = async (search: string): Promise<FiguresBody> =>
    (await (await fetch(`${server.url}/api/figures?${search}`)).json()) as FiguresBody
  try {
    const { page, pageErrors } = await openPage(browser, { consoleErrors: true })
    await page.goto(`${server.url}/?${START}`)
    await page.locator('canvas[role="img"]').nth(4).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl')

    // Five charts: followers, share, interactions per week, per post and per 1,000 followers.
    assert.deepEqual(
      await page.locator('section.figure h2').allInnerTexts(),
      [
        'Volgers per platform',
        'Aandeel in het gecombineerde publiek',
        'Interacties per platform per week',
        'Interacties per bericht',
        'Interacties per 1.000 volgers',
      ].map((t) => t),
    )

    // Keyboard: the skip link first, then into main and through the filters in order.
    await page.keyboard.press('Tab')
    assert.match(await focused(page), /^a Naar de inhoud/)
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate<string>('document.activeElement?.id ?? ""'), 'main')
    const walk = await tabTo(page, /^button\[button\] Volgers$/)
    const order = [
      /^input\[date\] Van/,
      /^input\[date\] Tot en met/,
      /^select Per/,
      /^select Organisatie/,
      /^input\[checkbox\] X/,
      /^input\[checkbox\] Bluesky/,
      /^input\[checkbox\] Mastodon/,
      /^button\[button\] Volgers$/,
    ]
    let at = 0
    for (const step of walk) if (order[at]?.test(step)) at++
    assert.equal(at, order.length, `focus order: ${walk.join(' → ')}`)
    assert.match((await page.locator('form.filters').getAttribute('aria-label')) ?? '', /Filters/)

    // The definition of "Volgers" on the first card: Enter opens it, Escape closes it.
    const term = page.locator('[data-platform="x"] .metric-term[data-metric="followers"]')
    const trigger = term.getByRole('button')
    const tip = term.getByTestId('definition-followers')
    assert.equal(await trigger.getAttribute('aria-expanded'), 'false')
    assert.equal(await tip.isVisible(), false)
    await page.keyboard.press('Enter')
    assert.equal(await trigger.getAttribute('aria-expanded'), 'true')
    assert.equal(await tip.isVisible(), true)
    assert.match(await tip.innerText(), /Het aantal volgers aan het eind van de periode\./)
    assert.equal(
      await trigger.getAttribute('aria-describedby'),
      await tip.locator('.explanation').getAttribute('id'),
    )
    await page.screenshot({ path: join(ARTIFACTS, 'overview-definition.png') })
    assert.deepEqual(await axeViolations(page), [], 'axe with a definition open (nl)')
    await page.keyboard.press('Escape')
    assert.equal(await trigger.getAttribute('aria-expanded'), 'false')
    assert.equal(await tip.isVisible(), false)
    assert.equal(
      await focused(page),
      'button[button] Volgers',
      'focus stays on the term after Escape',
    )

    // Hover shows the definition too, and it stays while the pointer moves onto it.
    const shareTerm = page.locator('#share-title')
    await shareTerm.hover()
    const shareTip = page.getByTestId('definition-audienceShare')
    assert.equal(await shareTip.isVisible(), true)
    await shareTip.hover()
    assert.equal(await shareTip.isVisible(), true, 'the definition can be hovered')
    await page.keyboard.press('Escape')
    assert.equal(await shareTip.isVisible(), false, 'Escape dismisses a hovered definition')
    await page.mouse.move(5, 5)

    // The table disclosure of the first chart, by keyboard.
    const summary = page
      .locator('#followers-title')
      .locator('xpath=ancestor::section')
      .locator('summary')
    await summary.focus()
    await page.keyboard.press('Enter')
    assert.equal(await page.locator('section.figure details').first().getAttribute('open'), '')

    // Events of the range, as text, numbered as on the charts.
    const events = (
      (await (await fetch(`${server.url}/api/events`)).json()) as { events: EventRecord[] }
    ).events.filter((e) => e.startsOn <= '2026-06-30' && (e.endsOn ?? e.startsOn) >= '2026-05-01')
    assert.ok(events.length >= 3, 'the demo has events in May and June 2026')
    const items = page.getByTestId('events').locator('li')
    assert.equal(await items.count(), events.length)
    for (const [i, e] of events.entries()) {
      const text = (await items.nth(i).innerText()).replace(/\s+/g, ' ')
      assert.ok(text.includes(e.title), `${text} names ${e.title}`)
      assert.ok(text.includes(e.organisation), `${text} names ${e.organisation}`)
    }
    const exit = events.find((e) => e.kind === 'exit')
    assert.ok(exit, 'an exit in the range')
    assert.match(
      (await page.locator('li[data-event-kind="exit"]').first().innerText()).replace(/\s+/g, ' '),
      new RegExp(`27 mei 2026 — ${exit.organisation} \\(X\\) — vertrek: ${exit.title}`),
    )
    assert.match(
      (
        await page.locator('#followers-title').locator('xpath=ancestor::section').innerText()
      ).replace(/\s+/g, ' '),
      new RegExp(`${events.length} gebeurtenissen zijn als stippellijn gemarkeerd`),
    )
    await page.screenshot({ path: join(ARTIFACTS, 'overview-nl.png'), fullPage: true })
    await page
      .locator('#interactions-title')
      .locator('xpath=ancestor::section')
      .screenshot({ path: join(ARTIFACTS, 'overview-events-chart.png') })

    // A filter change through the form: grain month, from 1 April. The URL carries it, and the
    // page shows the API's figures for that URL.
    await page.getByRole('combobox', { name: 'Per', exact: true }).selectOption('month')
    await page.waitForURL(/grain=month/)
    await page.locator('form.filters input[type="date"]').first().fill('2026-04-01')
    await page.waitForURL(/from=2026-04-01/)
    const search = new URL(page.url()).search.slice(1)
    assert.equal(search, 'from=2026-04-01&to=2026-06-30&grain=month')
    const api = await figures(search)
    assert.deepEqual(api.buckets, ['2026-04-01', '2026-05-01', '2026-06-01'])
    await page
      .getByRole('heading', { level: 2, name: 'Interacties per platform per maand' })
      .waitFor()
    const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
    const rate = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    for (const p of api.platforms) {
      const value = p.totals.followers.value
      assert.ok(value !== null)
      await page
        .getByTestId(`followers-${p.platform}`)
        .filter({ hasText: dutch.format(value) })
        .waitFor()
    }
    // Interactions per post: the table holds the API's series, a gap as "geen gegevens".
    const perPost = page.locator('#per-post-title').locator('xpath=ancestor::section')
    await perPost.locator('summary').click()
    const rows = perPost.locator('tbody tr')
    assert.equal(await rows.count(), api.buckets.length)
    for (let r = 0; r < api.buckets.length; r++) {
      const cells = await rows.nth(r).locator('td').allInnerTexts()
      const expected = api.platforms.map((p) => {
        const v = p.series.interactionsPerPost[r]
        return v === null || v === undefined ? 'geen gegevens' : rate.format(v)
      })
      assert.deepEqual(cells, expected, `row ${r}`)
    }
    assert.deepEqual(pageErrors, [], pageErrors.join('\n'))

    // Whose accounts: peers instead of the own organisation. The URL and the cards follow.
    await page.getByRole('combobox', { name: 'Organisatie', exact: true }).selectOption('peer')
    await page.waitForURL(/organisation=peer/)
    const peers = await figures(new URL(page.url()).search.slice(1))
    const peerX = peers.platforms.find((p) => p.platform === 'x')?.totals.followers.value
    assert.ok(typeof peerX === 'number' && peerX !== api.platforms[0]?.totals.followers.value)
    await page
      .getByTestId('followers-x')
      .filter({ hasText: dutch.format(peerX) })
      .waitFor()
    await page.getByRole('combobox', { name: 'Organisatie', exact: true }).selectOption('own')
    await page.waitForURL((url) => !url.search.includes('organisation='))

    // Axe with every table open, in Dutch and in English.
    for (const d of await page.locator('details').all()) {
      if ((await d.getAttribute('open')) === null) await d.locator('summary').click()
    }
    assert.deepEqual(await axeViolations(page), [], 'axe (nl, tables open)')
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('heading', { level: 2, name: 'Interactions per platform per month' })
      .waitFor()
    await page.getByRole('button', { name: 'Interactions per post', exact: true }).click()
    assert.equal(await page.getByTestId('definition-interactionsPerPost').isVisible(), true)
    assert.match(
      await page.getByTestId('definition-interactionsPerPost').innerText(),
      /The average number of interactions per post of the period\./,
    )
    assert.equal(
      (await page.getByTestId('events').locator('h2').innerText()).trim(),
      'Events in this period',
    )
    assert.deepEqual(await axeViolations(page), [], 'axe (en, definition and tables open)')
    await page.screenshot({ path: join(ARTIFACTS, 'overview-en.png'), fullPage: true })

    // Narrow screen: the two engagement charts stack.
    await page.setViewportSize({ width: 420, height: 900 })
    const boxes = await Promise.all(
      ['#per-post-title', '#per-1k-title'].map((id) =>
        page.locator(id).locator('xpath=ancestor::section').boundingBox(),
      ),
    )
    assert.ok(boxes[0] && boxes[1] && boxes[1].y > boxes[0].y + boxes[0].height - 1, 'stacked')
    await page.screenshot({ path: join(ARTIFACTS, 'overview-narrow.png'), fullPage: true })
    // A definition near the right edge moves left to stay in the window.
    await page.setViewportSize({ width: 1000, height: 900 })
    await page
      .locator('[data-platform="mastodon"] .metric-term[data-metric="followers"] button')
      .click()
    const edgeTip = await page
      .locator('[data-platform="mastodon"]')
      .getByTestId('definition-followers')
      .boundingBox()
    assert.ok(edgeTip && edgeTip.x >= 0 && edgeTip.x + edgeTip.width <= 1000, 'tip in the window')
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1280, height: 900 })
    const wide = await Promise.all(
      ['#per-post-title', '#per-1k-title'].map((id) =>
        page.locator(id).locator('xpath=ancestor::section').boundingBox(),
      ),
    )
    assert.ok(wide[0] && wide[1] && Math.abs(wide[1].y - wide[0].y) < 2, 'side by side')
    assert.deepEqual(pageErrors, [], pageErrors.join('\n'))
  } finally {
    await browser.close()
    await close()
  }
})
