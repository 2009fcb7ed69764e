/**
 * One data row of an export, read column by column. Any unreadable cell becomes a RowError whose
 * message names the line, the column and the value, ready to show to the person importing.
 */
import { CellError, readCount } from './csv-cells.ts'
import type { ColumnPlaces } from './csv-detect.ts'

export class RowError extends Error {}

export class CsvRow<K extends string> {
  /** The line of the file where this row starts (1 is the header). */
  readonly line: number
  readonly #cells: readonly string[]
  readonly #places: ColumnPlaces<K>

  constructor(cells: readonly string[], line: number, places: ColumnPlaces<K>) {
    this.#cells = cells
    this.line = line
    this.#places = places
  }

  /** The cell's text, or null when the file has no such column. */
  raw(key: K): string | null {
    const place = this.#places[key]
    return place ? (this.#cells[place.index] ?? '') : null
  }

  /** A count cell; null when the column is absent, the cell empty or "-". */
  count(key: K): number | null {
    return this.read(key, readCount) ?? null
  }

  /** Reads a column that detection made sure exists, with one of the csv-cells readers. */
  required<T>(key: K, reader: (raw: string) => T): T {
    const value = this.read(key, reader)
    if (value === undefined) throw new RowError(`Line ${this.line}: column ${key} is missing.`)
    return value
  }

  private read<T>(key: K, reader: (raw: string) => T): T | undefined {
    const place = this.#places[key]
    if (!place) return undefined
    const raw = this.#cells[place.index] ?? ''
    try {
      return reader(raw)
    } catch (error) {
      if (!(error instanceof CellError)) throw error
      throw new RowError(
        `Line ${this.line}, column "${place.header}": "${shorten(raw)}" ${error.message}.`,
      )
    }
  }
}

function shorten(value: string): string {
  const s = value.trim()
  return s.length > 60 ? `${s.slice(0, 60)}…` : s
}
