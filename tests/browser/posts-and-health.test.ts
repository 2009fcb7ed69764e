/**
 * The Posts and Data health pages in a real browser (Debian's chromium through playwright-core)
 * on a small demo database with a fixed clock: the table shows the API's posts in the API's order
 * with their exact counts, "not available on Mastodon" where Mastodon publishes no count, sorting
 * by a header button (mouse and keyboard) changes the order, aria-sort and the URL, paging moves
 * on; the health page shows the API's spend, last runs, failures in plain words (the demo's
 * outage and an account whose instance wants a token) and gaps. axe finds no WCAG 2.2 AA
 * violations in Dutch and English; screenshots go to test-artifacts/posts.png and health.png.
 * Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { HealthBody, PostFigures, PostListBody } from '@crossreach/shared/api'
import { seedAccount } from '../helpers/seed.ts'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

const END = new Date('2026-11-20T18:00:00Z')
const NOW = new Date('2026-11-21T06:00:00Z')
const VIEW = 'from=2026-10-20&to=2026-11-20&organisation=all'
const TOKEN_ERROR = 'social.example wants a token for this request.'

const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim()

test('Posts and Data health show the API figures, sort by keyboard and pass axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer({
    demo: { months: 1, end: END },
    runtime: { now: () => NOW },
  })
  // One more own account, on an instance that wants a token: it never succeeded, so it is stale.
  const store = server.runtime.store
  const stale = await seedAccount(store, {
    platform: 'mastodon',
    handle: '@pers@social.example',
    organisation: 'Gemeente Voorbeeld',
  })
  await store.write(async (tx) => {
    await tx.run(`UPDATE accounts SET added_at = '2026-11-19T09:00:00Z' WHERE id = ?`, [stale])
    for (const slot of ['2026-11-20T18:00:00Z', '2026-11-21T00:00:00Z']) {
      await tx.run(
        `INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at, finished_at, error, error_kind)
         VALUES ('profiles', 'mastodon', ?, ?::TIMESTAMPTZ, 'schedule', 'error', ?::TIMESTAMPTZ,
                 ?::TIMESTAMPTZ + INTERVAL 1 SECOND, ?, 'auth_required')`,
        [stale, slot, slot, slot, TOKEN_ERROR],
      )
    }
  })
  const browser = await launchChromium(executablePath)
  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${server.url}${path}`)).json()) as T
  try {
    const { page, pageErrors } = await openPage(browser)
    const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })

    /** The rows shown equal the API's posts, in its order, with its exact counts. */
    async function expectRows(
      body: PostListBody,
      label: string,
      lang: 'nl' | 'en' = 'nl',
    ): Promise<void> {
      const fmt = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        maximumFractionDigits: 0,
      })
      const none = lang === 'nl' ? 'geen telling' : 'no count'
      const first = body.posts[0] as PostFigures
      const row = page.locator('tbody tr').first()
      await page
        .locator(`tbody tr[data-testid="post-${first.platform}-${first.postId}"]`)
        .first()
        .waitFor()
        .catch((err: unknown) => {
          throw new Error(`${label}: first row missing. Errors: ${pageErrors.join(' | ')}`, {
            cause: err,
          })
        })
      assert.equal(await row.getAttribute('data-testid'), `post-${first.platform}-${first.postId}`)
      const rows = await page.locator('tbody tr').all()
      const ids = await Promise.all(rows.map((r) => r.getAttribute('data-testid')))
      assert.deepEqual(
        ids,
        body.posts.map((p) => `post-${p.platform}-${p.postId}`),
        label,
      )
      assert.equal(squash(await row.getByTestId('text').textContent()), squash(first.text), label)
      const at7 = squash(await row.getByTestId('at7').textContent())
      if (first.interactionsAt7Days === null) assert.ok(at7.startsWith(none), label)
      else assert.ok(at7.startsWith(fmt.format(first.interactionsAt7Days)), `${label}: ${at7}`)
      assert.ok(
        squash(await row.getByTestId('latest').textContent()).startsWith(
          first.interactions === null ? none : fmt.format(first.interactions),
        ),
        label,
      )
    }

    // Default sort: interactions at 7 days, descending.
    const byAt7 = await api<PostListBody>(`/api/posts?${VIEW}&limit=25`)
    assert.ok(byAt7.total > 50, `the demo has posts (${byAt7.total})`)
    await page.goto(`${server.url}/posts?${VIEW}`)
    await expectRows(byAt7, 'interactions at 7 days')
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl')
    assert.equal(
      squash(await page.getByTestId('showing').textContent()),
      `Berichten 1 tot en met 25 van ${nl.format(byAt7.total)}.`,
    )

    // The table's CSV: headings in Dutch, raw numbers, an unpublished or missing count empty.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download csv\s*: Berichten geplaatst/ }).click(),
    ])
    assert.match(download.suggestedFilename(), /^berichten-geplaatst-.*\.csv$/)
    const csvText = readFileSync(await download.path(), 'utf8')
    assert.ok(csvText.startsWith('\uFEFF'), 'a byte order mark for spreadsheet programs')
    const csv: string[][] = parse(csvText.slice(1), {})
    assert.equal(csv.length, 1 + byAt7.posts.length)
    assert.deepEqual(csv[0], [
      'Platform',
      'Account',
      'Organisatie',
      'Geplaatst (UTC)',
      'Soort',
      'Bericht',
      'Link',
      'Interacties na 7 dagen',
      'Leeftijd van de telling na 7 dagen (uren)',
      'Interacties (laatste telling)',
      'Laatste telling (UTC)',
      'Likes',
      'Reposts',
      'Antwoorden',
      'Citaten',
      'Bladwijzers',
      'Weergaven',
    ])
    const raw = (v: number | string | null): string => (v === null ? '' : String(v))
    const cell = (c: { available: boolean; value: number | null }) =>
      c.available ? raw(c.value) : ''
    const kinds = { original: 'bericht', reply: 'antwoord', quote: 'citaat' }
    // Text a spreadsheet would run as a formula (a handle starts with @) gets a leading apostrophe.
    const safe = (t: string): string => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t)
    const head = byAt7.posts[0] as PostFigures
    assert.deepEqual(csv[1], [
      { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' }[head.platform],
      safe(head.handle),
      safe(head.organisation),
      head.createdAt,
      kinds[head.kind],
      safe(head.text),
      raw(head.url),
      raw(head.interactionsAt7Days),
      raw(head.at7DaysAgeHours),
      raw(head.interactions),
      raw(head.countedAt),
      cell(head.counts.likes),
      cell(head.counts.reposts),
      cell(head.counts.replies),
      cell(head.counts.quotes),
      cell(head.counts.bookmarks),
      cell(head.counts.impressions),
    ])
    const top = byAt7.posts[0] as PostFigures
    assert.ok(top.interactionsAt7Days !== null && top.at7DaysAgeHours !== null)
    const days = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    assert.equal(
      squash(await page.locator('tbody tr').first().getByTestId('at7').textContent()),
      `${nl.format(top.interactionsAt7Days)} telling op ${days.format(top.at7DaysAgeHours / 24)} dagen`,
    )
    assert.equal(
      await page
        .getByRole('columnheader', { name: /Interacties na 7 dagen/ })
        .getAttribute('aria-sort'),
      'descending',
    )

    // Sorting by date with the mouse: the order and the URL change.
    await page.getByTestId('sort-createdAt').click()
    await page.waitForURL(/sort=createdAt/)
    assert.doesNotMatch(page.url(), /order=/)
    await expectRows(
      await api<PostListBody>(`/api/posts?${VIEW}&limit=25&sort=createdAt`),
      'newest',
    )
    // ... and again with the keyboard: ascending.
    await page.getByTestId('sort-createdAt').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/order=asc/)
    const oldest = await api<PostListBody>(`/api/posts?${VIEW}&limit=25&sort=createdAt&order=asc`)
    await expectRows(oldest, 'oldest')
    assert.equal(
      await page.getByRole('columnheader', { name: /Geplaatst/ }).getAttribute('aria-sort'),
      'ascending',
    )
    assert.notDeepEqual(oldest.posts[0], byAt7.posts[0])

    // Paging: the next page link.
    await page.getByRole('link', { name: /Volgende pagina/ }).click()
    await page.waitForURL(/page=2/)
    await expectRows(
      await api<PostListBody>(`/api/posts?${VIEW}&limit=25&offset=25&sort=createdAt&order=asc`),
      'page 2',
    )
    assert.deepEqual(await axeViolations(page), [])

    // Mastodon publishes no bookmarks or impressions: said in words, never 0.
    const masto = await api<PostListBody>(`/api/posts?${VIEW}&platforms=mastodon&limit=25`)
    await page.goto(`${server.url}/posts?${VIEW}&platforms=mastodon`)
    await expectRows(masto, 'mastodon')
    const breakdown = page.locator('tbody tr').first().getByTestId('breakdown')
    assert.equal(
      squash(await breakdown.locator('[data-metric="bookmarks"]').textContent()),
      'Bladwijzers: niet beschikbaar op Mastodon',
    )
    assert.equal(
      squash(await breakdown.locator('[data-metric="impressions"]').textContent()),
      'Weergaven: niet beschikbaar op Mastodon',
    )
    const likes = (masto.posts[0] as PostFigures).counts.likes.value
    assert.equal(
      squash(await breakdown.locator('[data-metric="likes"]').textContent()),
      `Likes: ${likes === null ? 'geen telling' : nl.format(likes)}`,
    )
    const [mastoDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download csv\s*: Berichten geplaatst/ }).click(),
    ])
    const mastoCsv: string[][] = parse(
      readFileSync(await mastoDownload.path(), 'utf8').slice(1),
      {},
    )
    // Bookmarks and impressions (the last two columns) are not published: empty, never 0.
    assert.deepEqual(
      mastoCsv.slice(1).map((r) => [r[0], ...r.slice(-2)]),
      masto.posts.map(() => ['Mastodon', '', '']),
    )
    assert.equal(mastoCsv[1]?.[11], likes === null ? '' : String(likes))

    // English, and the screenshot of the default view.
    await page.goto(`${server.url}/posts?${VIEW}`)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Posts' }).waitFor()
    await expectRows(byAt7, 'english', 'en')
    assert.equal(
      squash(await page.getByTestId('showing').textContent()),
      `Posts 1 to 25 of ${new Intl.NumberFormat('en-GB').format(byAt7.total)}.`,
    )
    assert.deepEqual(await axeViolations(page), [])
    await page.screenshot({ path: join(ARTIFACTS, 'posts.png'), fullPage: true })

    // Data health, in English first (the language is remembered).
    const health = await api<HealthBody>('/api/health')
    assert.equal(health.status, 'degraded')
    assert.deepEqual(
      health.staleAccounts.map((a) => [a.handle, a.lastOkAt, a.lastErrorKind]),
      [['@pers@social.example', null, 'auth_required']],
    )
    const outage = health.recentErrors.find((g) => g.platform === 'bluesky' && g.job === 'posts')
    assert.ok(outage && outage.kind === 'timeout' && outage.runs > 100, 'the outage is listed')
    assert.ok(health.gaps.length >= 4, 'the outage leaves gaps')
    await page.goto(`${server.url}/health`)
    await page.getByRole('heading', { level: 1, name: 'Data health' }).waitFor()
    const usd = (n: number, locale: string) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 2,
      }).format(n)
    const pct = (n: number, locale: string) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(n)
    const { monthToDateUsd, monthlyBudgetUsd, shareOfBudget } = health.xSpend
    assert.ok(monthToDateUsd > 0 && shareOfBudget !== null)
    assert.equal(
      squash(await page.getByTestId('x-spend').textContent()),
      squash(
        `${usd(monthToDateUsd, 'en-GB')} of the monthly budget of ${usd(monthlyBudgetUsd, 'en-GB')} (${pct(shareOfBudget, 'en-GB')}).`,
      ),
    )
    assert.match(
      squash(await page.getByTestId('stale-' + stale).innerText()),
      /@pers@social\.example Mastodon never The Mastodon server requires a token, or refused the one given\. Set a token for this server in CROSSREACH_MASTODON_TOKENS/,
    )
    const outageRow = page.getByTestId('errors-bluesky-posts-timeout')
    assert.match(
      squash(await outageRow.innerText()),
      /Bluesky did not answer in time\. The next run retries\./,
    )
    assert.equal(squash(await outageRow.getByTestId('runs').textContent()), String(outage.runs))
    assert.equal(
      squash(
        await page.getByTestId('last-run-mastodon-profiles').locator('td').nth(1).textContent(),
      ),
      'failed',
    )
    assert.equal(await page.getByTestId('gaps').locator('li').count(), health.gaps.length)
    assert.deepEqual(await axeViolations(page), [])
    await page.screenshot({ path: join(ARTIFACTS, 'health.png'), fullPage: true })

    await page.getByRole('button', { name: 'Nederlands' }).click()
    await page.getByRole('heading', { level: 1, name: 'Staat van de gegevens' }).waitFor()
    assert.match(
      squash(await page.getByTestId('errors-bluesky-posts-timeout').innerText()),
      /Bluesky antwoordde niet op tijd\. De volgende run probeert het opnieuw\./,
    )
    assert.equal(
      squash(await page.getByTestId('x-spend').textContent()),
      squash(
        `${usd(monthToDateUsd, 'nl-NL')} van het maandbudget van ${usd(monthlyBudgetUsd, 'nl-NL')} (${pct(shareOfBudget, 'nl-NL')}).`,
      ),
    )
    assert.deepEqual(await axeViolations(page), [])
    assert.deepEqual(pageErrors, [])
  } finally {
    await browser.close()
    await close()
  }
})
