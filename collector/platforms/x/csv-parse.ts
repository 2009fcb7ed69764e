/**
 * Reading X's own analytics CSV exports (no API needed): the legacy tweet activity export, the
 * current content (posts) export and the current account overview export. Pure parsing, all or
 * nothing: a file with one bad row is rejected whole, with a message naming line, column and value.
 */
import { contentPost } from './csv-content.ts'
import {
  type ColumnSpec,
  CONTENT_COLUMNS,
  detectKind,
  KIND_LABEL,
  LEGACY_COLUMNS,
  OVERVIEW_COLUMNS,
  placeColumns,
  unknownKindMessage,
} from './csv-detect.ts'
import { handleFromFileName, handleFromLinks } from './csv-handle.ts'
import { legacyPost } from './csv-legacy.ts'
import { overviewDay } from './csv-overview.ts'
import { decodeFile, EMPTY_FILE, firstLine, readRecords, type CsvRecord } from './csv-records.ts'
import { CsvRow, RowError } from './csv-row.ts'
import type { XCsvKind, XCsvParseResult } from './csv-types.ts'

export type { XCsvDay, XCsvKind, XCsvParseResult, XCsvPost } from './csv-types.ts'
export { reconstructFollowerSeries } from './csv-reconstruct.ts'

const NOT_IMPORTED =
  'Nothing from this file was imported. Correct the file, or download it again from X Analytics and upload it unchanged.'

/**
 * Parses one X Analytics CSV export. `fileName` (as uploaded) is only used to find the account
 * of a legacy export (`tweet_activity_metrics_<handle>_…csv`).
 */
export function parseXAnalyticsCsv(content: string | Buffer, fileName?: string): XCsvParseResult {
  const text = decodeFile(content)
  if (!text.ok) return text
  // Recognise the file by its header first, so a wrong file gets the "expected …" message even
  // when its rows would not parse as CSV.
  const head = readRecords(firstLine(text.text))
  if (!head.ok) return head
  const header = head.records[0]
  if (!header) return { ok: false, error: EMPTY_FILE }
  const kind = detectKind(header.cells)
  if (!kind) return { ok: false, error: unknownKindMessage(header.cells) }
  const read = readRecords(text.text)
  if (!read.ok) return read
  const rows = read.records.slice(1)
  try {
    return parseKind(kind, header.cells, rows, fileName)
  } catch (error) {
    if (error instanceof RowError) return { ok: false, error: `${error.message} ${NOT_IMPORTED}` }
    throw error
  }
}

function parseKind(
  kind: XCsvKind,
  header: readonly string[],
  rows: readonly CsvRecord[],
  fileName: string | undefined,
): XCsvParseResult {
  if (kind === 'overview') {
    const days = mapRows(kind, header, rows, OVERVIEW_COLUMNS, overviewDay)
    if (!days.ok) return days
    const duplicate = firstDuplicate(days.values.map((d) => d.day))
    if (duplicate) return duplicateError('the day', duplicate, days.lines)
    return { ok: true, kind, days: days.values }
  }
  const posts =
    kind === 'content'
      ? mapRows(kind, header, rows, CONTENT_COLUMNS, contentPost)
      : mapRows(kind, header, rows, LEGACY_COLUMNS, legacyPost)
  if (!posts.ok) return posts
  const duplicate = firstDuplicate(posts.values.map((p) => p.postId))
  if (duplicate) return duplicateError('the post id', duplicate, posts.lines)
  const fromName = kind === 'legacy-tweets' && fileName ? handleFromFileName(fileName) : null
  const handle = fromName ?? handleFromLinks(posts.values.map((p) => p.url))
  return { ok: true, kind, handle, posts: posts.values }
}

type Mapped<T> = { ok: true; values: T[]; lines: number[] } | { ok: false; error: string }

/** Checks the columns and the row shapes, then maps every row (throws RowError on a bad cell). */
function mapRows<K extends string, T>(
  kind: XCsvKind,
  header: readonly string[],
  rows: readonly CsvRecord[],
  specs: Record<K, ColumnSpec>,
  toValue: (row: CsvRow<K>) => T,
): Mapped<T> {
  const { places, missing } = placeColumns(header, specs)
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ')
    return {
      ok: false,
      error: `This looks like the ${KIND_LABEL[kind]}, but the column${missing.length > 1 ? 's' : ''} ${names} ${missing.length > 1 ? 'are' : 'is'} missing. ${NOT_IMPORTED}`,
    }
  }
  if (rows.length === 0) {
    return {
      ok: false,
      error: `This file has the columns of the ${KIND_LABEL[kind]} but has no rows. Choose a period with activity and export again.`,
    }
  }
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      return {
        ok: false,
        error: `Line ${row.line} has ${row.cells.length} cells, but the header has ${header.length} columns. ${NOT_IMPORTED}`,
      }
    }
  }
  const values = rows.map((r) => toValue(new CsvRow(r.cells, r.line, places)))
  return { ok: true, values, lines: rows.map((r) => r.line) }
}

function firstDuplicate(
  keys: readonly string[],
): { key: string; first: number; second: number } | null {
  const seen = new Map<string, number>()
  for (const [index, key] of keys.entries()) {
    const first = seen.get(key)
    if (first !== undefined) return { key, first, second: index }
    seen.set(key, index)
  }
  return null
}

function duplicateError(
  what: string,
  duplicate: { key: string; first: number; second: number },
  lines: readonly number[],
): XCsvParseResult {
  return {
    ok: false,
    error: `Lines ${lines[duplicate.first]} and ${lines[duplicate.second]} both have ${what} ${duplicate.key}; an export lists each only once. ${NOT_IMPORTED}`,
  }
}
