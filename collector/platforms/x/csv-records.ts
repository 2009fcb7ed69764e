/**
 * From uploaded bytes to CSV records with their line numbers: decoding (UTF-8, or UTF-16 with a
 * byte order mark), BOM and line-ending clean-up, and RFC 4180 parsing with csv-parse.
 */
import { CsvError, parse } from 'csv-parse/sync'

/** One record of the file and the line it starts on (records can span lines: quoted newlines). */
export interface CsvRecord {
  cells: string[]
  line: number
}

type Failure = { ok: false; error: string }

export const EMPTY_FILE = 'The file is empty. Choose the .csv file downloaded from X Analytics.'
const UPLOAD_AGAIN = 'Upload the .csv file exactly as downloaded from X Analytics.'

/** The file's text, with any BOM removed and every line ending (CRLF, CR) turned into LF. */
export function decodeFile(content: string | Buffer): { ok: true; text: string } | Failure {
  let text: string
  if (typeof content === 'string') text = content
  else if (content[0] === 0x50 && content[1] === 0x4b) {
    return {
      ok: false,
      error: `This is a spreadsheet (.xlsx) or zip file, not a CSV file. ${UPLOAD_AGAIN}`,
    }
  } else {
    const encoding =
      content[0] === 0xff && content[1] === 0xfe
        ? 'utf-16le'
        : content[0] === 0xfe && content[1] === 0xff
          ? 'utf-16be'
          : 'utf-8'
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(content)
    } catch {
      return {
        ok: false,
        error: `The file is not UTF-8 text; a spreadsheet program may have saved it in another encoding. ${UPLOAD_AGAIN}`,
      }
    }
  }
  // Normalising line endings first keeps csv-parse's line count exact, also inside quoted text.
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') }
}

/** Parses the text into records; empty lines and rows of only empty cells are skipped. */
export function readRecords(text: string): { ok: true; records: CsvRecord[] } | Failure {
  if (text.trim() === '') {
    return { ok: false, error: EMPTY_FILE }
  }
  let parsed: { record: string[]; info: { lines: number } }[]
  try {
    // With `info: true` csv-parse returns { record, info } objects (its typings do not say so).
    parsed = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof parsed
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, error: csvErrorMessage(error) }
    throw error
  }
  const records = parsed.map(({ record, info }) => ({
    cells: record,
    // info.lines is the line where the record ends; quoted newlines make it span several.
    line: info.lines - record.reduce((n, cell) => n + countNewlines(cell), 0),
  }))
  return { ok: true, records }
}

/** The first non-blank line, for recognising a file before its rows are read (headers never span lines). */
export function firstLine(text: string): string {
  return text.replace(/^\s+/, '').split('\n', 1)[0] ?? ''
}

function countNewlines(cell: string): number {
  let n = 0
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++
  return n
}

function csvErrorMessage(error: CsvError): string {
  const line = typeof error.lines === 'number' ? ` near line ${error.lines}` : ''
  const reason =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted cell is never closed'
      : error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE'
        ? 'a quote mark (") inside a cell is not doubled'
        : error.message
  return `The file could not be read as CSV${line}: ${reason}. Nothing from this file was imported. ${UPLOAD_AGAIN}`
}
