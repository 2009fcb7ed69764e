/**
 * The Accounts pages in a real browser (Debian's chromium through playwright-core) on a small demo
 * database: the list shows the API's figures for every account, sorts by a header button pressed
 * from the keyboard (aria-sort follows), and leads by keyboard to an account page whose headline
 * figures, posts and "not available" cells equal the API's; an unknown id says so. axe finds no
 * WCAG 2.2 AA violations on both pages in Dutch and English. Screenshots: test-artifacts/
 * accounts.png and account.png. Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type {
  AccountFiguresBody,
  EventRecord,
  FiguresBody,
  PostListBody,
} from '@crossreach/shared/api'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

const RANGE = 'from=2026-05-01&to=2026-06-30'

const text = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim()

test('Accounts list and account page show the API figures, work by keyboard and pass axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer()
  const browser = await launchChromium(executablePath)
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server.url}${path}`)
    assert.equal(res.status, 200, path)
    return (await res.json()) as T
  }
  try {
    const list = await api<AccountFiguresBody>(`/api/figures/accounts?${RANGE}&organisation=all`)
    assert.ok(list.accounts.length >= 6, 'own and peer accounts in the demo')
    assert.ok(list.accounts.some((a) => a.organisationKind === 'peer'))
    assert.equal(list.sparkline.grain, 'week')

    const { page, pageErrors } = await openPage(browser, { consoleErrors: true })

    // The list: every account's figures exactly as the API computed them.
    await page.goto(`${server.url}/accounts?${RANGE}`)
    await page
      .locator('tbody tr')
      .first()
      .waitFor()
      .catch((err: unknown) => {
        throw new Error(`The accounts table did not appear: ${pageErrors.join(' | ')}`, {
          cause: err,
        })
      })
    assert.equal(await page.locator('h1').textContent(), 'Accounts')
    assert.equal(await page.locator('tbody tr').count(), list.accounts.length)
    const nlCount = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
    const nlSigned = new Intl.NumberFormat('nl-NL', {
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    })
    const nlDecimal = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    for (const a of list.accounts) {
      const shown = (v: number | null, f: Intl.NumberFormat) =>
        v === null ? 'geen telling' : f.format(v)
      assert.equal(await text(page, `followers-${a.id}`), shown(a.followers, nlCount), a.handle)
      assert.equal(
        await text(page, `netFollowerChange-${a.id}`),
        shown(a.netFollowerChange, nlSigned),
      )
      assert.equal(await text(page, `posts-${a.id}`), shown(a.posts, nlCount))
      assert.equal(await text(page, `interactions-${a.id}`), shown(a.interactions, nlCount))
      assert.equal(
        await text(page, `interactionsPer1kFollowers-${a.id}`),
        shown(a.interactionsPer1kFollowers, nlDecimal),
      )
    }
    // One decorative sparkline per account.
    assert.equal(await page.locator('tbody svg[aria-hidden="true"]').count(), list.accounts.length)
    const violationsNl = await axeViolations(page)
    assert.deepEqual(violationsNl, [], violationsNl.join('\n'))

    // Sort by followers from the keyboard: focus the header button, press Enter.
    const followersHeader = page.getByRole('columnheader', { name: 'Volgers', exact: true })
    await followersHeader.getByRole('button').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/sort=followers/)
    assert.equal(await followersHeader.getAttribute('aria-sort'), 'descending')
    const largest = [...list.accounts].sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1))[0]
    assert.ok(largest)
    assert.equal(
      await page.locator('tbody tr').first().getAttribute('data-account'),
      String(largest.id),
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(/order=asc|sort=followers(?!.*order=desc)/)
    assert.equal(await followersHeader.getAttribute('aria-sort'), 'ascending')
    await page.keyboard.press('Enter')
    await page.waitForURL(/order=desc/)

    await page.screenshot({ path: join(ARTIFACTS, 'accounts.png'), fullPage: true })

    // Tab from the header buttons to the first account's link and follow it with Enter.
    const firstLink = page.locator('tbody tr').first().getByRole('link')
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab')
      if ((await page.locator('tbody a:focus').count()) > 0) break
    }
    assert.equal(await firstLink.and(page.locator(':focus')).count(), 1, 'first link focused')
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/accounts/${largest.id}\\?${RANGE}`))
    await page.getByRole('heading', { level: 1, name: largest.handle }).waitFor()

    const figures = await api<FiguresBody>(`/api/figures?${RANGE}&account=${largest.id}&grain=day`)
    const totals = figures.platforms[0]?.totals
    assert.ok(totals?.followers.value)
    await page
      .getByTestId('account-followers')
      .waitFor()
      .catch(async (err: unknown) => {
        await page.screenshot({ path: join(ARTIFACTS, 'account-failed.png'), fullPage: true })
        throw new Error(`The account figures did not appear: ${pageErrors.join(' | ')}`, {
          cause: err,
        })
      })
    assert.equal(await text(page, 'account-followers'), nlCount.format(totals.followers.value))
    assert.equal(largest.followers, totals.followers.value, 'list and account page agree')
    const interactions = totals.interactions.value
    assert.equal(
      await text(page, 'account-interactions'),
      interactions === null ? 'geen telling' : nlCount.format(interactions),
    )
    await page.getByRole('heading', { level: 2, name: 'Volgers per dag' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Interacties per week' }).waitFor()

    // Posts: newest first, interactions at 7 days as the API has them.
    const posts = await api<PostListBody>(
      `/api/posts?${RANGE}&account=${largest.id}&sort=createdAt&order=desc&limit=20`,
    )
    assert.ok(posts.posts.length > 0)
    const first = posts.posts[0]
    assert.ok(first)
    await page.getByTestId(`at7-${first.postId}`).waitFor()
    assert.equal(
      await text(page, `at7-${first.postId}`),
      first.interactionsAt7Days === null
        ? 'geen telling'
        : nlCount.format(first.interactionsAt7Days),
    )
    assert.equal(await page.locator('tbody tr[data-post]').count(), Math.min(20, posts.total))
    const violationsAccountNl = await axeViolations(page)
    assert.deepEqual(violationsAccountNl, [], violationsAccountNl.join('\n'))
    await page.screenshot({ path: join(ARTIFACTS, 'account.png'), fullPage: true })

    // A removed account without a range in the URL: the 90 days up to its removal, its events.
    const removed = list.accounts.find((a) => a.removedAt !== null)
    assert.ok(removed, 'the demo has a peer that left X')
    const removedOn = (removed.removedAt ?? '').slice(0, 10)
    const before = new Date(Date.parse(`${removedOn}T00:00:00Z`) - 89 * 86_400_000)
    const removedFigures = await api<FiguresBody>(
      `/api/figures?account=${removed.id}&from=${before.toISOString().slice(0, 10)}&to=${removedOn}&grain=day`,
    )
    const removedFollowers = removedFigures.platforms[0]?.totals.followers.value
    assert.ok(removedFollowers)
    const { events } = await api<{ events: EventRecord[] }>(
      `/api/events?organisation=${removed.organisationId}`,
    )
    const shownEvents = events.filter((e) => e.accountId === null || e.accountId === removed.id)
    assert.ok(shownEvents.length > 0, 'the exit is recorded as an event')
    await page.goto(`${server.url}/accounts/${removed.id}`)
    await page.getByText(/^Dit account is op .+ verwijderd/).waitFor()
    await page.getByTestId('account-followers').waitFor()
    assert.equal(await text(page, 'account-followers'), nlCount.format(removedFollowers))
    for (const e of shownEvents) {
      assert.equal(await page.getByRole('rowheader', { name: e.title }).count(), 1, e.title)
    }
    const violationsRemoved = await axeViolations(page)
    assert.deepEqual(violationsRemoved, [], violationsRemoved.join('\n'))
    await page.screenshot({ path: join(ARTIFACTS, 'account-removed.png'), fullPage: true })

    // A Mastodon account: impressions are not available there, never 0.
    const mastodon = list.accounts.find((a) => a.platform === 'mastodon' && (a.posts ?? 0) > 0)
    assert.ok(mastodon)
    const mPosts = await api<PostListBody>(
      `/api/posts?${RANGE}&account=${mastodon.id}&sort=createdAt&order=desc&limit=1`,
    )
    const mFirst = mPosts.posts[0]
    assert.ok(mFirst)
    await page.goto(`${server.url}/accounts/${mastodon.id}?${RANGE}`)
    await page.getByTestId(`impressions-${mFirst.postId}`).waitFor()
    assert.equal(await text(page, `impressions-${mFirst.postId}`), 'niet beschikbaar op Mastodon')
    assert.equal(await text(page, 'account-impressions'), 'niet beschikbaar op Mastodon')

    // English: both pages again through axe.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 2, name: 'Posts' }).waitFor()
    assert.equal(await text(page, `impressions-${mFirst.postId}`), 'not available on Mastodon')
    const violationsAccountEn = await axeViolations(page)
    assert.deepEqual(violationsAccountEn, [], violationsAccountEn.join('\n'))
    await page.goto(`${server.url}/accounts?${RANGE}`)
    await page.getByRole('columnheader', { name: 'Followers', exact: true }).waitFor()
    await page.locator('tbody tr').first().waitFor()
    const violationsEn = await axeViolations(page)
    assert.deepEqual(violationsEn, [], violationsEn.join('\n'))

    // An unknown id says so.
    await page.goto(`${server.url}/accounts/99999`)
    await page.getByRole('heading', { level: 1, name: 'Account not found' }).waitFor()
    assert.match(
      (await page.getByRole('alert').textContent()) ?? '',
      /There is no account with id 99999/,
    )
    assert.deepEqual(
      pageErrors.filter((e) => !/404/.test(e)),
      [],
    )
  } finally {
    await browser.close()
    await close()
  }
})
