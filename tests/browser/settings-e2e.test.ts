/**
 * Settings end to end in a real browser, against the fake Bluesky, Mastodon and X servers and a
 * server on an empty data directory that asks for the admin token (set, on loopback): a change
 * without the token is refused and points at the token field; the token is entered; an unknown
 * handle is refused with the platform's message next to the field (what was typed stays); one
 * account per platform is added; "collect now" reports its runs; the Overview shows the fakes'
 * exact follower counts; in English an X Analytics CSV is imported and a wrong file is refused
 * naming the expected headers (and nothing is imported); a manual count, an event and a removal
 * are made. axe finds no WCAG 2.2 AA violations in Dutch and English, with errors shown.
 * Screenshots: test-artifacts/settings*.png. Needs `npm run build -w dashboard` first.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { startBlueskyFake } from '../fakes/bluesky-server.ts'
import { startMastodonFake } from '../fakes/mastodon-server.ts'
import { startXFake } from '../fakes/x-server.ts'
import {
  ARTIFACTS,
  assertAxe,
  chromiumPath,
  focusedId,
  launchChromium,
  openPage,
  startDemoServer,
  textOf,
} from '../helpers/browser.ts'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/x-csv')
const CONTENT_CSV = 'account_analytics_content_2026-04-27_2026-07-25.csv'
const ADMIN_TOKEN = 'settings-e2e-admin-token-0123456789'
const X_TOKEN = 'x-bearer-settings-e2e-0123456789'

test('Settings: token, accounts checked against the platforms, collect, overview, CSV, manual count, events, axe', async () => {
  const executablePath = chromiumPath()

  const bluesky = await startBlueskyFake()
  bluesky.addAccount({ handle: 'gemeente.bsky.social', followers: 1500, following: 20 })
  const mastodon = await startMastodonFake({ host: 'social.example' })
  mastodon.addAccount({ username: 'gemeente', followers: 4200 })
  const x = await startXFake({ token: X_TOKEN })
  x.addAccount({ username: 'DemoGemeente', followers: 45000, following: 300 })

  const { server, close } = await startDemoServer({
    demo: false,
    env: {
      CROSSREACH_ADMIN_TOKEN: ADMIN_TOKEN,
      CROSSREACH_BLUESKY_APPVIEW: bluesky.url,
      CROSSREACH_MASTODON_ORIGINS: mastodon.originEntry,
      ...x.env(),
    },
  })
  const browser = await launchChromium(executablePath)
  try {
    // The platform's own words for an unknown handle, as the API gives them.
    const refusal = await fetch(`${server.url}/api/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({
        platform: 'bluesky',
        handle: '@onbekend.bsky.social',
        organisation: 'Gemeente Voorbeeld',
      }),
    })
    assert.equal(refusal.status, 404)
    const platformMessage = ((await refusal.json()) as { error: { message: string } }).error.message
    assert.match(platformMessage, /onbekend\.bsky\.social/)

    const { page, pageErrors } = await openPage(browser, { timeout: 10_000 })
    await page.goto(`${server.url}/settings`)
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl')
    await page.getByText('Er zijn nog geen accounts. Voeg er hierboven een toe.').waitFor()
    await assertAxe(page, 'nl, empty')

    // Empty handle: refused in the page, the summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Account toevoegen' }).click()
    await page.locator('#add-account-errors-title').waitFor()
    assert.match(await focusedId(page), /^section#\.error-summary/)
    assert.equal(await textOf(page, '#account-handle-error'), 'Fout: Vul de accountnaam in.')
    assert.equal(await page.locator('#account-handle').getAttribute('aria-invalid'), 'true')
    assert.equal(
      await page.locator('#account-handle').getAttribute('aria-describedby'),
      'account-handle-hint account-handle-error',
    )
    await page.locator('#add-account-errors-title + ul a').click()
    assert.match(await focusedId(page), /^input#account-handle\./)

    // Without the token the server refuses; the summary points at the token field.
    await page.locator('#account-handle').fill('@gemeente.bsky.social')
    await page.locator('#account-organisation').fill('Gemeente Voorbeeld')
    await page.getByRole('button', { name: 'Account toevoegen' }).click()
    await page.locator('#add-account-errors-title + ul a[href="#admin-token"]').waitFor()
    assert.equal(
      await textOf(page, '#add-account-errors-title + ul'),
      'Deze wijziging vraagt het beheerderstoken. Vul het in bij "Beheerderstoken" en probeer het opnieuw.',
    )
    assert.equal(await page.locator('#account-handle').inputValue(), '@gemeente.bsky.social')
    await assertAxe(page, 'nl, token missing')
    await page.screenshot({ path: join(ARTIFACTS, 'settings-token-missing.png'), fullPage: true })
    await page.locator('#add-account-errors-title + ul a').click()
    assert.match(await focusedId(page), /^input#admin-token\./)
    assert.equal(await page.locator('#admin-token').getAttribute('aria-invalid'), 'true')
    assert.equal(
      await textOf(page, '#admin-token-needed'),
      'Fout: Een wijziging is geweigerd: de server vraagt het beheerderstoken.',
    )
    // A wrong token is refused as such.
    await page.locator('#admin-token').fill('not-the-admin-token-0000')
    await page.getByRole('button', { name: 'Token gebruiken' }).click()
    await page.getByRole('button', { name: 'Account toevoegen' }).click()
    await page
      .locator('#add-account-errors-title + ul')
      .filter({ hasText: 'Het beheerderstoken is niet geaccepteerd.' })
      .waitFor()
    assert.equal(
      await textOf(page, '#admin-token-needed'),
      'Fout: Een wijziging is geweigerd: dit token klopt niet. Vul het juiste token in.',
    )
    await page.locator('#admin-token').fill(ADMIN_TOKEN)
    await page.getByRole('button', { name: 'Token gebruiken' }).click()
    await page.getByText('Het token wordt gebruikt voor wijzigingen in dit tabblad.').waitFor()
    assert.equal(await page.locator('#admin-token-needed').count(), 0)
    assert.equal(await page.locator('#admin-token').getAttribute('aria-invalid'), null)
    assert.equal(
      await page.evaluate(`sessionStorage.getItem('crossreach.adminToken')`),
      ADMIN_TOKEN,
    )
    assert.equal(await page.evaluate(`localStorage.getItem('crossreach.adminToken')`), null)

    // An unknown handle: the platform's message next to the field; what was typed stays.
    await page.locator('#account-platform').selectOption('bluesky')
    await page.locator('#account-handle').fill('@onbekend.bsky.social')
    await page.getByRole('button', { name: 'Account toevoegen' }).click()
    await page.locator('#account-handle-error').waitFor()
    assert.equal(
      await textOf(page, '#account-handle-error'),
      `Fout: Het platform weigert dit account. ${platformMessage}`,
    )
    assert.equal(
      await page.locator('#account-handle-error span[lang="en"]').textContent(),
      platformMessage,
    )
    assert.match(await focusedId(page), /^section#\.error-summary/)
    // The summary names the problem and links to the field; the full message is at the field.
    assert.equal(
      await textOf(page, '#add-account-errors-title + ul'),
      'Het platform weigert dit account.',
    )
    assert.equal(await page.locator('#account-handle').inputValue(), '@onbekend.bsky.social')
    assert.equal(await page.locator('#account-organisation').inputValue(), 'Gemeente Voorbeeld')
    await assertAxe(page, 'nl, unknown handle')
    await page.screenshot({ path: join(ARTIFACTS, 'settings-refused.png'), fullPage: true })

    // One account per platform.
    const accounts: [string, string, string][] = [
      [
        'bluesky',
        '@gemeente.bsky.social',
        '@gemeente.bsky.social is toegevoegd aan Gemeente Voorbeeld.',
      ],
      [
        'mastodon',
        '@gemeente@social.example',
        '@gemeente@social.example is toegevoegd aan Gemeente Voorbeeld.',
      ],
      ['x', '@DemoGemeente', '@DemoGemeente is toegevoegd aan Gemeente Voorbeeld.'],
    ]
    for (const [platform, handle, message] of accounts) {
      await page.locator('#account-platform').selectOption(platform)
      await page.locator('#account-handle').fill(handle)
      await page.getByRole('button', { name: 'Account toevoegen' }).click()
      await page.getByRole('status').filter({ hasText: message }).waitFor()
      assert.equal(await page.locator('#add-account-errors-title').count(), 0)
      assert.equal(await page.locator('#account-handle').inputValue(), '')
    }
    assert.equal(await page.locator('tbody tr[data-testid^="account-"]').count(), 3)

    // Collect now: six runs (profile and posts per account), all fine.
    await page.getByRole('button', { name: 'Nu verzamelen' }).click()
    const collected = page.locator('#collect-title ~ form [role="status"] .success')
    await collected.waitFor({ timeout: 120_000 })
    assert.match(
      await textOf(page, '#collect-title ~ form [role="status"] .success'),
      /^Verzamelen klaar: 6 taken, 6 gelukt, 0 mislukt, 0 overgeslagen\. Opgeslagen rijen: \d+\. Geschatte kosten op X: US\$ 0,01\.$/,
    )
    const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
    const followers = { bluesky: 1500, mastodon: 4200, x: 45000 }
    const todayNl = new Intl.DateTimeFormat('nl-NL', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date())
    assert.equal(
      await textOf(page, 'tr[data-testid="account-bluesky-@gemeente.bsky.social"] td.number'),
      `${dutch.format(followers.bluesky)} (${todayNl})`,
    )
    await assertAxe(page, 'nl, accounts and collect summary')
    await page.screenshot({ path: join(ARTIFACTS, 'settings.png'), fullPage: true })

    // The Overview shows the fakes' counts.
    await page.getByRole('link', { name: 'Overzicht' }).click()
    await page.getByRole('heading', { level: 1, name: 'Waar is ons publiek?' }).waitFor()
    for (const [platform, count] of Object.entries(followers)) {
      const shown = page.getByTestId(`followers-${platform}`)
      await shown.waitFor()
      assert.equal((await shown.textContent())?.trim(), dutch.format(count), platform)
    }

    // Switch to English, back to Settings.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Where is our audience?' }).waitFor()
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    await page.locator('tbody tr[data-testid^="account-"]').nth(2).waitFor()

    // X CSV import: the X account is preselected (the only one); the summary is shown.
    assert.equal((await page.locator('#csv-account').inputValue()) !== '', true)
    await page.locator('#csv-file').setInputFiles(join(FIXTURES, CONTENT_CSV))
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `${CONTENT_CSV} was imported as posts export: 4 rows.` })
      .waitFor()
    assert.match(await textOf(page, '#csv-title ~ form [role="status"]'), /4 posts saved/)

    // A wrong file: refused, naming the expected headers; nothing imported.
    const importsBefore = await importRuns(server.url)
    await page.locator('#csv-file').setInputFiles(join(FIXTURES, 'bank-export.csv'))
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.locator('#csv-file-error').waitFor()
    const rejection = await textOf(page, '#csv-file-error')
    assert.match(
      rejection,
      /^Error: The file was refused\. Nothing was imported\. This file is not an X Analytics export/,
    )
    assert.match(rejection, /"Post id, Date, Post text, Post Link, Impressions, Likes, …"/)
    assert.match(rejection, /"Date, Impressions, Likes, Engagements, …, New follows, Unfollows, …"/)
    assert.match(rejection, /"Tweet id, Tweet permalink, Tweet text, time, impressions, …"/)
    assert.match(await focusedId(page), /^section#\.error-summary/)
    assert.equal(await page.locator('#csv-file').getAttribute('aria-invalid'), 'true')
    assert.equal(await importRuns(server.url), importsBefore)
    assert.equal(importsBefore, 1)
    await assertAxe(page, 'en, CSV refused')
    await page.screenshot({ path: join(ARTIFACTS, 'settings-csv-refused-en.png'), fullPage: true })

    // Manual follower count: a bad count first (kept, and explained), then a good one.
    await page
      .getByLabel('Account', { exact: true })
      .selectOption({ label: 'Mastodon: @gemeente@social.example (Gemeente Voorbeeld)' })
    await page.locator('#manual-followers').fill('veel')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.locator('#manual-followers-error').waitFor()
    assert.equal(
      await textOf(page, '#manual-followers-error'),
      'Error: Enter the number of followers as a whole number of 0 or more.',
    )
    assert.equal(await page.locator('#manual-followers').inputValue(), 'veel')
    await assertAxe(page, 'en, manual count refused')
    await page.locator('#manual-followers').fill('4,250')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const todayEn = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date())
    await page
      .getByRole('status')
      .filter({ hasText: `4,250 followers saved for @gemeente@social.example on ${todayEn}.` })
      .waitFor()
    assert.equal(
      await textOf(page, 'tr[data-testid="account-mastodon-@gemeente@social.example"] td.number'),
      `4,250 (${todayEn})`,
    )

    // An event for the X account, listed, then deleted after confirmation.
    await page.locator('#event-kind').selectOption('exit')
    await page.locator('#event-label').fill('Stopped daily posting on X')
    await page.locator('#event-account').selectOption({ label: 'X: @DemoGemeente' })
    await page.getByRole('button', { name: 'Add event' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'The event "Stopped daily posting on X" has been added.' })
      .waitFor()
    const cells = await page
      .locator('#event-list-title ~ .table-wrap tbody tr')
      .first()
      .locator('th, td')
      .allTextContents()
    assert.deepEqual(
      cells.map((c) => c.trim()),
      [
        todayEn,
        'Stopped daily posting on X',
        'Left a platform',
        'Gemeente Voorbeeld',
        'X: @DemoGemeente',
        'Delete',
      ],
    )
    await page.getByRole('button', { name: 'Delete event "Stopped daily posting on X"' }).click()
    assert.match(await focusedId(page), /^button#delete-yes-\d+\./)
    await page.keyboard.press('Enter')
    await page
      .getByRole('status')
      .filter({ hasText: 'The event "Stopped daily posting on X" has been deleted.' })
      .waitFor()
    await page.getByText('There are no events yet.').waitFor()

    await assertAxe(page, 'en, after changes')
    await page.screenshot({ path: join(ARTIFACTS, 'settings-en.png'), fullPage: true })

    // Removing an account: confirm, it leaves the list, its history stays.
    await page.getByRole('button', { name: 'Remove @DemoGemeente' }).click()
    await page
      .getByText(
        'Remove @DemoGemeente? Nothing more will be collected; its earlier figures are kept.',
      )
      .waitFor()
    await assertAxe(page, 'en, confirming removal')
    await page.getByRole('button', { name: 'Yes, remove' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: '@DemoGemeente has been removed. Its earlier figures are kept.' })
      .waitFor()
    assert.equal(await page.locator('tbody tr[data-testid^="account-"]').count(), 2)
    assert.equal(await page.locator('#csv-account').inputValue(), '')
    assert.equal(await textOf(page, '#csv-account-hint'), 'Add an X account first.')
    const all = (await (await fetch(`${server.url}/api/accounts?includeRemoved=true`)).json()) as {
      accounts: { handle: string; removedAt: string | null; latestFollowers: number | null }[]
    }
    const removed = all.accounts.find((a) => a.handle === '@DemoGemeente')
    assert.ok(removed?.removedAt, 'the removed account is kept with its removal date')

    // Narrow screen (reflow): nothing of the page needs sideways scrolling except the tables' own
    // wrapper. (The header is the layout's; checked by the layout's own test.)
    await page.setViewportSize({ width: 360, height: 800 })
    const tooWide = await page.evaluate(
      `[...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap')).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))`,
    )
    assert.deepEqual(tooWide, [], 'page elements wider than a 360 px screen')
    await page.screenshot({ path: join(ARTIFACTS, 'settings-narrow.png'), fullPage: true })

    assert.deepEqual(pageErrors, [])
  } finally {
    await browser.close()
    await close()
    await Promise.all([bluesky.close(), mastodon.close(), x.close()])
  }
})

async function importRuns(url: string): Promise<number> {
  const body = (await (await fetch(`${url}/api/runs?limit=1000`)).json()) as {
    runs: { job: string }[]
  }
  return body.runs.filter((r) => r.job === 'import').length
}
