/** Rounding for the scenario's answer, once on the server (null and non-finite stay null). */
import { roundTo } from '../figures/compare.ts'

export const round0 = (v: number | null): number | null => roundTo(v, 0)
export const round1 = (v: number | null): number | null => roundTo(v, 1)
export const round2 = (v: number | null): number | null => roundTo(v, 2)

/** Sum of the non-null values; null when there is none. */
export function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null)
  return known.length ? known.reduce((a, b) => a + b, 0) : null
}
