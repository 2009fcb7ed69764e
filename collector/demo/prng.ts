/**
 * A small seeded pseudo-random generator for the demo dataset (sfc32), so the same seed always
 * gives the same data. `fork(label)` derives an independent stream, so adding draws in one part
 * of the generator does not shift the numbers of every other part.
 */

/** The demo's seed unless another is asked for. */
export const DEFAULT_SEED = 'gemeente-voorbeeld'

/** 32-bit string hash (FNV-1a), used to turn seeds and labels into generator state. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A uniform number in [0, 1) from a few integers, without any state (for per-run decisions). */
export function hashUnit(...parts: readonly number[]): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h ^ Math.floor(part / 4294967296), 0xc2b2ae35)
    h ^= h >>> 16
  }
  return (h >>> 0) / 4294967296
}

export class Prng {
  private a: number
  private b: number
  private c: number
  private d: number
  readonly seed: string

  constructor(seed: string | number) {
    this.seed = String(seed)
    this.a = hash32(`a:${this.seed}`)
    this.b = hash32(`b:${this.seed}`)
    this.c = hash32(`c:${this.seed}`)
    this.d = 1
    for (let i = 0; i < 12; i++) this.next()
  }

  /** An independent generator for one part of the data. */
  fork(label: string): Prng {
    return new Prng(`${this.seed}/${label}`)
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next()
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Log-normal with mean 1 and the given spread: many small values, a few very large ones. */
  logNormalMeanOne(sigma: number): number {
    return Math.exp(sigma * this.normal() - (sigma * sigma) / 2)
  }

  /** Poisson count (Knuth for small means, a rounded normal for large ones). */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()))
    const limit = Math.exp(-mean)
    let k = 0
    let p = this.next()
    while (p > limit) {
      k++
      p *= this.next()
    }
    return k
  }

  /** A string of `length` characters from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)]
    return out
  }
}
