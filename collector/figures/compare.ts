/**
 * {value, previous, change, changePct} for one metric, computed once on the server. Values are
 * rounded to the metric's decimals first, so the change a reader sees is exactly value − previous.
 */
import type { MetricTotal } from '@crossreach/shared/api'

export function roundTo(value: number | null, decimals: number): number | null {
  if (value === null || !Number.isFinite(value)) return null
  const factor = 10 ** decimals
  const rounded = Math.round(value * factor) / factor
  return Object.is(rounded, -0) ? 0 : rounded
}

export function compareTotal(
  value: number | null,
  previous: number | null,
  decimals: number,
  available = true,
): MetricTotal {
  if (!available) {
    return { value: null, previous: null, change: null, changePct: null, available: false }
  }
  const v = roundTo(value, decimals)
  const p = roundTo(previous, decimals)
  const change = v === null || p === null ? null : roundTo(v - p, decimals)
  const changePct =
    change === null || p === null || p === 0 ? null : roundTo((change / Math.abs(p)) * 100, 1)
  return { value: v, previous: p, change, changePct, available: true }
}
