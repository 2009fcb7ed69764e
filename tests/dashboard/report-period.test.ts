/** The report page's period pickers: a month, a quarter or a custom range, both ways. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { choiceFor, choiceRange } from '../../dashboard/src/lib/report/period.ts'
import { tableCsv } from '../../dashboard/src/lib/report/table-text.ts'

test('month, quarter and custom ranges', () => {
  const base = { month: '2026-02', year: 2026, quarter: 3, from: '2026-07-03', to: '2026-08-14' }
  assert.deepEqual(choiceRange({ ...base, kind: 'month' }), {
    from: '2026-02-01',
    to: '2026-02-28',
  })
  assert.deepEqual(choiceRange({ ...base, kind: 'quarter' }), {
    from: '2026-07-01',
    to: '2026-09-30',
  })
  assert.deepEqual(choiceRange({ ...base, kind: 'custom' }), {
    from: '2026-07-03',
    to: '2026-08-14',
  })
  assert.equal(choiceFor({ from: '2024-02-01', to: '2024-02-29' }).kind, 'month')
  assert.deepEqual(choiceFor({ from: '2026-10-01', to: '2026-12-31' }), {
    kind: 'quarter',
    month: '2026-10',
    year: 2026,
    quarter: 4,
    from: '2026-10-01',
    to: '2026-12-31',
  })
  assert.equal(choiceFor({ from: '2026-07-01', to: '2026-08-31' }).kind, 'custom')
})

test('a dashboard table as CSV: formula text neutralised, gaps empty, numbers raw', () => {
  assert.equal(
    tableCsv(
      ['Periode', 'X'],
      [
        ['=2+3', -5],
        ['week van 2 mrt 2026', null],
      ],
    ),
    "\uFEFFPeriode,X\r\n'=2+3,-5\r\nweek van 2 mrt 2026,\r\n",
  )
})
