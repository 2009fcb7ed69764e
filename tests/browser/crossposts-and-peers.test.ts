/**
 * The Cross-posts and Peers pages in a real browser (Debian's chromium through playwright-core)
 * on a small demo database: the figures shown equal the API's for the same filters, the peer
 * table sorts by keyboard (aria-sort) and marks the own organisation in text, axe finds no WCAG
 * 2.2 AA violations in Dutch and English, and screenshots go to test-artifacts/crossposts.png and
 * peers.png. Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { CrosspostsBody } from '@crossreach/shared/api-crossposts'
import type { PeerGroup, PeersBody } from '@crossreach/shared/api-peers'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

const RANGE = 'from=2026-05-01&to=2026-06-30'

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().innerText()) ?? '').replace(/\s+/g, ' ').trim()

test('Cross-posts and Peers show the API figures, sort by keyboard and pass axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer()
  const browser = await launchChromium(executablePath)
  try {
    const { page, pageErrors: errors } = await openPage(browser)
    const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
    const english = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

    // --- Cross-posts -----------------------------------------------------------------------
    const cp = (await (
      await fetch(`${server.url}/api/crossposts?${RANGE}`)
    ).json()) as CrosspostsBody
    assert.ok(cp.groups.length > 20, `the demo has cross-posts (${cp.groups.length})`)
    await page.goto(`${server.url}/crossposts?${RANGE}`)
    await page
      .getByTestId('summary-x')
      .waitFor()
      .catch((err: unknown) => {
        throw new Error(`The cross-posts did not appear: ${errors.join(' | ')}`, { cause: err })
      })
    assert.equal(await page.locator('h1').textContent(), 'Hetzelfde bericht op meerdere platforms')
    for (const s of cp.summary.platforms) {
      assert.ok(s.median !== null)
      assert.equal(
        (await page.getByTestId(`summary-${s.platform}`).getByTestId('median').innerText()).trim(),
        dutch.format(s.median),
        s.platform,
      )
    }
    const xb = cp.summary.pairs.find((p) => p.platforms.join() === 'x,bluesky')!
    assert.equal(
      await text(page, 'pair-x-bluesky'),
      `Het mediane bericht dat op Bluesky én X stond, kreeg na 7 dagen ${dutch.format(xb.medians[1]!)} interacties op Bluesky en ${dutch.format(xb.medians[0]!)} op X (${xb.groups} berichten met een telling op beide).`,
    )
    assert.match(
      await text(page, 'found'),
      new RegExp(`^${cp.groups.length} berichten van Gemeente Voorbeeld`),
    )
    assert.equal(await page.locator('tbody tr[data-testid^="group-"]').count(), cp.groups.length)
    // The newest group: its text as text, and its X count and link.
    const newest = cp.groups[0]!
    const lead = newest.posts.reduce((a, b) => (b.createdAt < a.createdAt ? b : a))
    const row = page.getByTestId(`group-${lead.postId}`)
    assert.equal(
      (await row.locator('td.text p').innerText()).trim(),
      lead.text.replace(/\s+\n/g, '\n').trim(),
    )
    for (const post of newest.posts) {
      assert.equal(
        await row
          .getByRole('link', { name: new RegExp(`^Bekijk op `) })
          .and(row.locator(`a[href="${post.url}"]`))
          .count(),
        1,
      )
    }
    assert.deepEqual(await axeViolations(page), [])
    await page.screenshot({ path: join(ARTIFACTS, 'crossposts.png'), fullPage: false })
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'The same message on several platforms' })
      .waitFor()
    assert.equal(
      await text(page, 'pair-x-bluesky'),
      `The median message posted on both Bluesky and X got ${english.format(xb.medians[1]!)} interactions on Bluesky and ${english.format(xb.medians[0]!)} on X after 7 days (${xb.groups} messages with a count on both).`,
    )
    assert.deepEqual(await axeViolations(page), [])
    // Two platforms only: Mastodon off; the last two cannot be unticked.
    await page.getByRole('checkbox', { name: 'Mastodon' }).uncheck()
    await page.waitForURL(/platforms=x%2Cbluesky|platforms=x,bluesky/)
    await page.getByTestId('summary-mastodon').waitFor({ state: 'detached' })
    const two = (await (
      await fetch(`${server.url}/api/crossposts?${RANGE}&platforms=x,bluesky`)
    ).json()) as CrosspostsBody
    assert.equal(
      (await page.getByTestId('summary-bluesky').getByTestId('median').innerText()).trim(),
      english.format(two.summary.platforms[1]!.median!),
    )
    assert.equal(await page.locator('tbody tr[data-testid^="group-"]').count(), two.groups.length)
    assert.ok(await page.getByRole('checkbox', { name: 'X' }).isDisabled())

    // --- Peers -----------------------------------------------------------------------------
    const { groups } = (await (await fetch(`${server.url}/api/peers/groups`)).json()) as {
      groups: PeerGroup[]
    }
    const group = groups.find((g) => g.name === 'Buurgemeenten')!
    assert.deepEqual(
      group.members.map((m) => m.name),
      ['Gemeente Voorbeeld', 'Gemeente Buurstad', 'Gemeente Rivierdal'],
    )
    const peers = (await (
      await fetch(`${server.url}/api/peers?group=${group.id}&${RANGE}`)
    ).json()) as PeersBody
    await page.goto(`${server.url}/peers?group=${group.id}&${RANGE}`)
    await page.getByRole('heading', { level: 1, name: 'Benchmark against peers' }).waitFor()
    await page.getByTestId(`peer-${peers.organisations[0]!.organisation.id}`).waitFor()
    const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
    for (const r of peers.organisations) {
      const tr = page.getByTestId(`peer-${r.organisation.id}`)
      assert.ok(r.totalFollowers !== null && r.interactionsPer1kFollowers !== null)
      assert.equal(
        (await tr.getByTestId('total').innerText()).trim(),
        count.format(r.totalFollowers),
      )
      assert.equal((await tr.getByTestId('rank').innerText()).trim(), String(r.rank))
      assert.equal(
        (await tr.getByTestId('per1k').innerText()).trim(),
        r.interactionsPer1kFollowers.toFixed(2),
      )
      assert.equal(
        (await tr.getByTestId('alternatives').innerText()).trim(),
        `${r.alternativesSharePct!.toFixed(1)}%`,
      )
    }
    // Rivierdal has no Bluesky account: "no account", never 0.
    const rivierdal = peers.organisations.find((r) => r.organisation.name === 'Gemeente Rivierdal')!
    assert.equal(
      (
        await page
          .getByTestId(`peer-${rivierdal.organisation.id}`)
          .getByTestId('followers-bluesky')
          .innerText()
      ).trim(),
      'no account',
    )
    const own = peers.organisations.find((r) => r.organisation.kind === 'own')!
    assert.match(
      await page.getByTestId(`peer-${own.organisation.id}`).locator('th').innerText(),
      /Gemeente Voorbeeld\s+own organisation/,
    )
    assert.equal(
      await text(page, 'own-rank'),
      `Gemeente Voorbeeld ranks ${own.rank} of ${peers.organisations.length} by total followers.`,
    )
    // Sort by keyboard: focus the heading button, Enter sorts descending, again ascending.
    const firstRowName = async () =>
      (await page.locator('tbody tr[data-testid^="peer-"] th').first().innerText()).trim()
    await page.getByTestId('sort-interactionsPer1kFollowers').focus()
    await page.keyboard.press('Enter')
    const per1k = page.locator('th[aria-sort]')
    assert.equal(await per1k.count(), 1)
    assert.equal(await per1k.getAttribute('aria-sort'), 'descending')
    const best = [...peers.organisations].sort(
      (a, b) => b.interactionsPer1kFollowers! - a.interactionsPer1kFollowers!,
    )
    assert.match(await firstRowName(), new RegExp(`^${best[0]!.organisation.name}`))
    await page.keyboard.press('Enter')
    assert.equal(await per1k.getAttribute('aria-sort'), 'ascending')
    assert.match(await firstRowName(), new RegExp(`^${best.at(-1)!.organisation.name}`))
    assert.deepEqual(await axeViolations(page), [])
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Vergelijking met andere organisaties' })
      .waitFor()
    assert.equal(
      (
        await page.getByTestId(`peer-${own.organisation.id}`).getByTestId('total').innerText()
      ).trim(),
      new Intl.NumberFormat('nl-NL').format(own.totalFollowers!),
    )
    assert.deepEqual(await axeViolations(page), [])
    await page.screenshot({ path: join(ARTIFACTS, 'peers.png'), fullPage: true })
    assert.deepEqual(errors, [])
  } finally {
    await browser.close()
    await close()
  }
})
