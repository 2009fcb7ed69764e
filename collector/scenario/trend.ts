/**
 * A straight-line trend by least squares on monthly values, with a 95% prediction interval: the
 * range in which a single new month's value is expected, given how far the months scatter around
 * the line. The interval widens the further a month lies from the fitted months (the standard
 * formula: t × s × √(1 + 1/n + (x − x̄)² / Σ(xᵢ − x̄)²)). Pure functions, values unrounded.
 */

/** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
]

/** t for a 95% interval; beyond 30 degrees of freedom the nearest tabulated value below. */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN
  if (df <= 30) return T_975[df - 1] ?? Number.NaN
  if (df < 40) return 2.042
  if (df < 60) return 2.021
  if (df < 120) return 2.0
  return 1.98
}

export interface LineFit {
  slope: number
  intercept: number
  residualSe: number
  n: number
  t: number
  meanX: number
  sxx: number
}

/** Fits y = intercept + slope × x on the points with a value; null with fewer than `minPoints`. */
export function fitLine(
  xs: readonly number[],
  ys: readonly (number | null)[],
  minPoints: number,
): LineFit | null {
  const pts = xs.flatMap((x, i) => {
    const y = ys[i]
    return y === null || y === undefined ? [] : [{ x, y }]
  })
  const n = pts.length
  if (n < Math.max(minPoints, 3)) return null
  const meanX = pts.reduce((a, p) => a + p.x, 0) / n
  const meanY = pts.reduce((a, p) => a + p.y, 0) / n
  const sxx = pts.reduce((a, p) => a + (p.x - meanX) ** 2, 0)
  const sxy = pts.reduce((a, p) => a + (p.x - meanX) * (p.y - meanY), 0)
  if (sxx === 0) return null
  const slope = sxy / sxx
  const intercept = meanY - slope * meanX
  const sse = pts.reduce((a, p) => a + (p.y - intercept - slope * p.x) ** 2, 0)
  const residualSe = Math.sqrt(sse / (n - 2))
  return { slope, intercept, residualSe, n, t: tQuantile975(n - 2), meanX, sxx }
}

export function predict(fit: LineFit, x: number): number {
  return fit.intercept + fit.slope * x
}

/** Half the width of the 95% prediction interval at x. */
export function halfWidth(fit: LineFit, x: number): number {
  return fit.t * fit.residualSe * Math.sqrt(1 + 1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx)
}
