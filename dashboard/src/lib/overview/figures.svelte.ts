/**
 * The Overview's figures for the current filters: loads /api/figures whenever the query changes,
 * cancels a request that a newer one replaces, and keeps the last answer or error.
 */
import type { FiguresBody } from '@crossreach/shared/api'
import { fetchFigures, type FiguresParams } from '../api/client.ts'

export class FiguresResource {
  data: FiguresBody | null = $state.raw(null)
  error: string | null = $state(null)
  loading = $state(false)
  #controller: AbortController | null = null

  load(query: FiguresParams): void {
    this.#controller?.abort()
    const controller = new AbortController()
    this.#controller = controller
    this.loading = true
    fetchFigures(query, controller.signal).then(
      (body) => {
        if (controller.signal.aborted) return
        this.data = body
        this.error = null
        this.loading = false
      },
      (err: unknown) => {
        if (controller.signal.aborted) return
        this.error = err instanceof Error ? err.message : String(err)
        this.loading = false
      },
    )
  }

  cancel(): void {
    this.#controller?.abort()
  }
}
