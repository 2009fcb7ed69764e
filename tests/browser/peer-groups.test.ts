/**
 * Peer groups managed from the dashboard, in a real browser on a small demo database whose own
 * peer groups are deleted first (through the API, with the admin token the server asks for): the
 * Peers page then links to Settings → Peer groups; an empty submit is refused (both fields, error
 * summary focused, aria-invalid and aria-describedby); a group with two organisations is created
 * (sent with the admin token from the tab), listed, and offered in the Peers page's group picker;
 * in English a member is added (PUT) after an empty name is refused, and the group is deleted after
 * a confirmation. axe finds no WCAG 2.2 AA violations in Dutch and English, with errors shown.
 * Screenshots: test-artifacts/settings-peer-groups*.png. Needs `npm run build -w dashboard` first.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { PeerGroup } from '@crossreach/shared/api-peers'
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

const ADMIN_TOKEN = 'peer-groups-admin-token-0123456789'
const GROUP = 'Buurgemeenten 2026'

async function groups(url: string): Promise<{ name: string; members: string[] }[]> {
  const body = (await (await fetch(`${url}/api/peers/groups`)).json()) as { groups: PeerGroup[] }
  return body.groups.map((g) => ({ name: g.name, members: g.members.map((m) => m.name) }))
}

test('Peer groups: created, listed, picked on Peers, changed and deleted from Settings; axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer({
    demo: { seed: 'peer-groups-test', months: 1 },
    env: { CROSSREACH_ADMIN_TOKEN: ADMIN_TOKEN },
  })
  const browser = await launchChromium(executablePath)
  try {
    // Start without groups: delete the demo's (a change needs the token).
    const demoGroups = (await (await fetch(`${server.url}/api/peers/groups`)).json()) as {
      groups: PeerGroup[]
    }
    assert.equal(demoGroups.groups.length, 2)
    for (const g of demoGroups.groups) {
      const unauthorised = await fetch(`${server.url}/api/peers/groups/${g.id}`, {
        method: 'DELETE',
      })
      assert.equal(unauthorised.status, 401)
      const deleted = await fetch(`${server.url}/api/peers/groups/${g.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      })
      assert.equal(deleted.status, 200)
    }
    assert.deepEqual(await groups(server.url), [])

    const { page, pageErrors } = await openPage(browser, {
      timeout: 10_000,
      // The token as the Settings page keeps it once entered (sessionStorage of this tab).
      initScript: `sessionStorage.setItem('crossreach.adminToken', ${JSON.stringify(ADMIN_TOKEN)})`,
    })

    // Peers without a group: the way to Settings first, the command line second.
    await page.goto(`${server.url}/peers`)
    await page.getByTestId('no-groups').waitFor()
    assert.equal(
      await textOf(page, '[data-testid="no-groups"]'),
      'Er is nog geen vergelijkingsgroep. Maak een vergelijkingsgroep bij Instellingen.',
    )
    assert.match(
      await textOf(page, '[data-testid="no-groups"] + p'),
      /^Het kan ook op de opdrachtregel: npm run crossreach -- peers create/,
    )
    await assertAxe(page, 'nl, peers without a group')
    await page.getByRole('link', { name: 'Maak een vergelijkingsgroep bij Instellingen' }).click()
    await page.getByRole('heading', { level: 2, name: 'Vergelijkingsgroepen' }).waitFor()
    assert.match(page.url(), /\/settings#peer-groups$/)
    await page.getByText('Er zijn nog geen vergelijkingsgroepen. Maak er hierboven een.').waitFor()

    const create = page.locator('form[aria-labelledby="peer-group-title"]')
    // The organisations load after the section: wait for the first choice before reading them all.
    await create.locator('label.choice').first().waitFor()
    const choices = await create.locator('label.choice').allTextContents()
    const orgs = (await (await fetch(`${server.url}/api/organisations`)).json()) as {
      organisations: { name: string; kind: string }[]
    }
    assert.deepEqual(
      choices.map((c) => c.trim()),
      orgs.organisations.map((o) => (o.kind === 'own' ? `${o.name} (eigen organisatie)` : o.name)),
    )
    for (const name of ['Gemeente Voorbeeld (eigen organisatie)', 'Gemeente Buurstad'])
      assert.ok(
        choices.some((c) => c.trim() === name),
        name,
      )

    // Nothing filled in: both problems, summary focused, each field marked and described.
    await create.getByRole('button', { name: 'Groep maken' }).click()
    await page.locator('#peer-group-errors-title').waitFor()
    assert.match(await focusedId(page), /^section#\.error-summary/)
    assert.equal(
      await textOf(page, '#peer-group-errors-title + ul'),
      'Vul een naam voor de groep in. Kies ten minste één organisatie.',
    )
    assert.equal(
      await textOf(page, '#peer-group-name-error'),
      'Fout: Vul een naam voor de groep in.',
    )
    assert.equal(
      await textOf(page, '#peer-group-organisations-error'),
      'Fout: Kies ten minste één organisatie.',
    )
    assert.equal(await page.locator('#peer-group-name').getAttribute('aria-invalid'), 'true')
    assert.equal(
      await page.locator('#peer-group-name').getAttribute('aria-describedby'),
      'peer-group-name-hint peer-group-name-error',
    )
    assert.equal(
      await create.locator('fieldset').getAttribute('aria-describedby'),
      'peer-group-organisations-hint peer-group-organisations-error',
    )
    assert.equal(await create.locator('fieldset legend').textContent(), 'Organisaties in de groep')
    await assertAxe(page, 'nl, empty peer group refused')
    await page
      .locator('#peer-groups')
      .screenshot({ path: join(ARTIFACTS, 'settings-peer-groups-refused.png') })
    // The summary's link moves focus to the first checkbox.
    await page.locator('#peer-group-errors-title + ul a[href="#peer-group-organisations"]').click()
    assert.match(await focusedId(page), /^input#peer-group-organisations\./)

    // A name only: still refused for the organisations; the name stays.
    await page.locator('#peer-group-name').fill(GROUP)
    await create.getByRole('button', { name: 'Groep maken' }).click()
    await page
      .locator('#peer-group-errors-title + ul')
      .filter({ hasText: /^\s*Kies ten minste één organisatie\.\s*$/ })
      .waitFor()
    assert.equal(await page.locator('#peer-group-name-error').count(), 0)
    assert.equal(await page.locator('#peer-group-name').inputValue(), GROUP)

    // Two organisations: created and listed.
    await create.getByLabel('Gemeente Voorbeeld (eigen organisatie)', { exact: true }).check()
    await create.getByLabel('Gemeente Buurstad', { exact: true }).check()
    await create.getByRole('button', { name: 'Groep maken' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `De vergelijkingsgroep "${GROUP}" is gemaakt met 2 organisaties.` })
      .waitFor()
    assert.equal(await page.locator('#peer-group-errors-title').count(), 0)
    assert.equal(await page.locator('#peer-group-name').inputValue(), '')
    assert.equal(await create.locator('input[type="checkbox"]:checked').count(), 0)
    assert.deepEqual(await groups(server.url), [
      { name: GROUP, members: ['Gemeente Voorbeeld', 'Gemeente Buurstad'] },
    ])
    const row = page.locator('tr[data-testid^="peer-group-"]')
    assert.equal(await row.count(), 1)
    assert.equal(await row.locator('th').textContent(), GROUP)
    assert.deepEqual(
      (await row.locator('li').allTextContents()).map((t) => t.trim()),
      ['Gemeente Voorbeeld (eigen organisatie)', 'Gemeente Buurstad'],
    )
    await assertAxe(page, 'nl, peer group created')
    await page
      .locator('#peer-groups')
      .screenshot({ path: join(ARTIFACTS, 'settings-peer-groups.png') })

    // The Peers page offers it in the group picker and ranks its two organisations.
    await page.getByRole('link', { name: 'Vergelijken' }).click()
    const picker = page.getByLabel('Vergelijkingsgroep')
    // The groups load after the page: wait for the option, not only the select.
    await picker.locator('option', { hasText: GROUP }).waitFor({ state: 'attached' })
    assert.deepEqual(
      (await picker.locator('option').allTextContents()).map((t) => t.trim()),
      [GROUP],
    )
    await page.getByTestId('own-rank').waitFor()
    const ranked = page.locator('tr[data-testid^="peer-"]')
    assert.equal(await ranked.count(), 2)
    assert.deepEqual(
      (await ranked.locator('th').allTextContents())
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .sort(),
      ['Gemeente Buurstad', 'Gemeente Voorbeeld eigen organisatie'],
    )

    // English: change the group (an empty name first), then delete it.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 2, name: 'Peer groups' }).waitFor()
    await page.getByRole('button', { name: `Change peer group "${GROUP}"` }).click()
    const edit = page.locator('#peer-group-editor form')
    await edit.waitFor()
    assert.match(await focusedId(page), /^input#peer-group-edit-\d+-name\./)
    assert.equal(await edit.locator('input[type="checkbox"]:checked').count(), 2)
    await edit.locator('input[type="text"]').fill('')
    await edit.getByLabel('Gemeente Rivierdal', { exact: true }).check()
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await edit.locator('.field-error').waitFor()
    assert.equal(
      await textOf(page, '#peer-group-editor .field-error'),
      'Error: Enter a name for the group.',
    )
    assert.match(await focusedId(page), /^section#\.error-summary/)
    assert.equal(await edit.locator('input[type="checkbox"]:checked').count(), 3)
    await assertAxe(page, 'en, changing a peer group, empty name refused')
    await page
      .locator('#peer-groups')
      .screenshot({ path: join(ARTIFACTS, 'settings-peer-groups-edit-en.png') })
    await edit.locator('input[type="text"]').fill(GROUP)
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `The peer group "${GROUP}" has been saved with 3 organisations.` })
      .waitFor()
    assert.equal(await page.locator('#peer-group-editor').count(), 0)
    assert.match(await focusedId(page), /^button#peer-group-change-\d+\./)
    assert.deepEqual(await groups(server.url), [
      { name: GROUP, members: ['Gemeente Voorbeeld', 'Gemeente Buurstad', 'Gemeente Rivierdal'] },
    ])
    assert.deepEqual(
      (await row.locator('li').allTextContents()).map((t) => t.trim()),
      ['Gemeente Voorbeeld (own organisation)', 'Gemeente Buurstad', 'Gemeente Rivierdal'],
    )

    await page.getByRole('button', { name: `Delete peer group "${GROUP}"` }).click()
    assert.match(await focusedId(page), /^button#peer-group-delete-yes-\d+\./)
    await page
      .getByText(`Delete peer group "${GROUP}"? The organisations and their figures are kept.`)
      .waitFor()
    await assertAxe(page, 'en, confirming deletion')
    await page.keyboard.press('Enter')
    await page
      .getByRole('status')
      .filter({ hasText: `The peer group "${GROUP}" has been deleted.` })
      .waitFor()
    await page.getByText('There are no peer groups yet. Create one above.').waitFor()
    assert.deepEqual(await groups(server.url), [])
    assert.deepEqual(pageErrors, [])
  } finally {
    await browser.close()
    await close()
  }
})
