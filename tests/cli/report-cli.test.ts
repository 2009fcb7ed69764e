/**
 * `npm run report` on a small demo database: without a server (it opens the database and prints
 * the report page with Chromium itself) and with one running (it asks the server). The PDF is
 * checked as a PDF: A4 pages, the summary sentence of the API in its text (pdftotext), and its
 * pages rendered to PNG (pdftoppm) in test-artifacts/ to look at. Also XLSX and CSV, and a
 * refusal. Needs chromium, poppler-utils and the built dashboard (.ci/run installs and builds).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { generateDemo } from '../../collector/demo/generate.ts'
import { getReport } from '../../collector/report/get-report.ts'
import { startServer } from '../../collector/server.ts'
import { Store } from '../../collector/store/db.ts'
import { runScript } from '../helpers/cli.ts'
import { tempDir } from '../helpers/store.ts'

const MAIN = join(import.meta.dirname, '../../collector/report/main.ts')
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts')

const report = (env: NodeJS.ProcessEnv, ...args: string[]) => runScript(MAIN, env, ...args)

function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: 'utf8' })
  } catch (err) {
    throw new Error(`${name} failed or is missing (apt-get install poppler-utils)`, { cause: err })
  }
}

test('report command: PDF without a server, XLSX and CSV through a running server', async () => {
  const { dir, remove } = await tempDir()
  const db = join(dir, 'crossreach.duckdb')
  await generateDemo({
    path: db,
    seed: 'browser-test',
    months: 4,
    end: new Date('2026-06-30T18:00:00Z'),
  })
  const env = { CROSSREACH_DATA_DIR: dir, CROSSREACH_SCHEDULE: 'off' }
  try {
    // No server: the command owns the database and prints the report itself.
    const pdf = join(dir, 'q2.pdf')
    let r = await report(env, '--lang', 'en', '--out', pdf)
    assert.equal(r.code, 0, r.err)
    assert.equal(
      r.out.trim(),
      `Wrote ${pdf} (crossreach-report-gemeente-voorbeeld-2026-04-01-2026-06-30).`,
    )
    const store = await Store.open(db)
    const expected = await getReport(store, { lang: 'en' }, new Date('2026-07-01T00:00:00Z'))
    store.close()
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-')
    const info = tool('pdfinfo', [pdf])
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    assert.ok(pages >= 1, info)
    assert.match(info, /Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/)
    const text = tool('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, ' ')
    assert.ok(expected.summary[0]?.startsWith('Between April and June 2026 our Bluesky audience'))
    for (const sentence of expected.summary) assert.ok(text.includes(sentence), sentence)
    assert.ok(text.includes('Report for council and management'))
    assert.ok(!text.includes('Download PDF'), 'no buttons on paper')
    // The pages as pictures, to look at.
    mkdirSync(ARTIFACTS, { recursive: true })
    tool('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'page')])
    const images = readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort()
    assert.equal(images.length, pages)
    for (const image of images) renameSync(join(dir, image), join(ARTIFACTS, `report-pdf-${image}`))

    r = await report(env, '--org', 'Gemeente Nergens', '--out', join(dir, 'x.pdf'))
    assert.equal(r.code, 2)
    assert.match(
      r.err,
      /^report: There is no organisation "Gemeente Nergens"\. Known: "Gemeente Voorbeeld"/,
    )
    r = await report(env, '--from', '2026-04-01', '--out', join(dir, 'x.xlsx'))
    assert.equal(r.code, 2)
    assert.match(r.err, /both --from and --to/)

    // With the server running, the command asks it.
    const server = await startServer({ ...env, PORT: '0', HOST: '127.0.0.1' })
    try {
      const xlsx = join(dir, 'buurstad.xlsx')
      r = await report(
        env,
        ...['--org', 'gemeente buurstad', '--from', '2026-05-01', '--to', '2026-05-31'],
        ...['--lang', 'nl', '--out', xlsx],
      )
      assert.equal(r.code, 0, r.err)
      const book = new ExcelJS.Workbook()
      await book.xlsx.readFile(xlsx)
      assert.equal(book.worksheets.length, 5)
      assert.equal(book.worksheets[0]?.getCell('A1').value, 'Platform')
      assert.equal(book.worksheets[0]?.getCell('C1').value, 'Volgers aan het begin')

      const csv = join(dir, 'gaps.csv')
      r = await report(env, '--out', csv, '--table', 'gaps', '--lang', 'en')
      assert.equal(r.code, 0, r.err)
      assert.equal(
        readFileSync(csv, 'utf8').split('\r\n')[0],
        '\uFEFFPlatform,Account,Days without a follower count,Periods without a follower count,Days with a failed collection',
      )
    } finally {
      await server.stop()
    }
    assert.ok(!existsSync(join(dir, 'server.json')))
  } finally {
    remove()
  }
})
