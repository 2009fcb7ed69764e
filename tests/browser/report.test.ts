/**
 * The Report page in a real browser (Debian's chromium through playwright-core) on a small demo
 * database: the summary and the key figures show exactly what /api/report answers, in Dutch and
 * in English, axe finds no WCAG 2.2 AA violations in either language, and the page is saved on
 * screen (test-artifacts/report.png) and as print emulation (test-artifacts/report-print.png).
 * Needs `npm run build -w dashboard` first (.ci/run does).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { ReportBody } from '@crossreach/shared/api-report'
import {
  ARTIFACTS,
  axeViolations,
  chromiumPath,
  launchChromium,
  openPage,
  startDemoServer,
} from '../helpers/browser.ts'

async function checkFigures(page: Page, api: ReportBody, locale: string): Promise<void> {
  for (const [i, sentence] of api.summary.entries()) {
    assert.equal((await page.getByTestId(`report-summary-${i}`).textContent())?.trim(), sentence)
  }
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  for (const p of api.platforms) {
    assert.ok(p.followersEnd !== null, `${p.platform} has a count at the end`)
    assert.equal(
      (await page.getByTestId(`report-followers-end-${p.platform}`).textContent())?.trim(),
      count.format(p.followersEnd),
    )
  }
}

test('Report page shows the API summary and figures, in Dutch and English, and passes axe', async () => {
  const executablePath = chromiumPath()
  const { server, close } = await startDemoServer({ demo: { months: 4 } })
  const browser = await launchChromium(executablePath)
  try {
    const get = async (lang: string) =>
      (await (await fetch(`${server.url}/api/report?lang=${lang}`)).json()) as ReportBody
    const nl = await get('nl')
    const en = await get('en')
    // The last full quarter of the demo data (which ends on 30 June 2026).
    assert.deepEqual(nl.range, { from: '2026-04-01', to: '2026-06-30' })
    assert.equal(nl.organisation.name, 'Gemeente Voorbeeld')
    assert.match(nl.summary[0] ?? '', /^Van april tot en met juni 2026 /)
    assert.match(en.summary[0] ?? '', /^Between April and June 2026 our /)

    const { page, pageErrors } = await openPage(browser, { timeout: 10_000 })
    await page.goto(`${server.url}/report`)
    await page
      .locator('[data-report-ready="true"]')
      .waitFor({ state: 'attached' })
      .catch((err: unknown) => {
        throw new Error(`The report did not appear. Page errors: ${pageErrors.join(' | ')}`, {
          cause: err,
        })
      })
    assert.equal(await page.locator('h1').textContent(), 'Rapportage voor bestuur en directie')
    assert.equal(
      (await page.getByTestId('report-for').textContent())?.trim(),
      'Gemeente Voorbeeld: april tot en met juni 2026',
    )
    await checkFigures(page, nl, 'nl-NL')
    assert.equal((await page.getByTestId('report-gaps-text').textContent())?.trim(), nl.gapsText)
    for (const summary of await page.locator('details > summary').all()) await summary.click()
    const dutch = await axeViolations(page)
    assert.deepEqual(dutch, [], dutch.join('\n'))

    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Report for council and management' })
      .waitFor()
    await page.getByText(en.summary[0] ?? '').waitFor()
    await page.locator('[data-report-ready="true"]').waitFor({ state: 'attached' })
    await checkFigures(page, en, 'en-GB')
    for (const summary of await page.locator('details:not([open]) > summary').all())
      await summary.click()
    const english = await axeViolations(page)
    assert.deepEqual(english, [], english.join('\n'))

    // The downloads point at the same report (resolved organisation and period).
    const pdfLink = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')
    assert.equal(
      pdfLink,
      `/api/report.pdf?organisation=${en.organisation.id}&from=2026-04-01&to=2026-06-30&lang=en`,
    )
    assert.deepEqual(pageErrors, [])

    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator('header').first().isVisible(), false, 'navigation hidden')
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false)
    await page.setViewportSize({ width: 794, height: 1123 }) // A4 at 96 dpi
    await page.screenshot({ path: join(ARTIFACTS, 'report-print.png'), fullPage: true })
  } finally {
    await browser.close()
    await close()
  }
})
