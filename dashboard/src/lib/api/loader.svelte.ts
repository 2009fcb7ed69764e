/**
 * A value loaded from the API, reactive: `load()` starts a request (cancelling one it replaces)
 * and keeps the last answer or the error message; `cancel()` stops the one under way.
 */
export class Loader<T> {
  data: T | null = $state.raw(null)
  error: string | null = $state(null)
  loading = $state(false)
  #controller: AbortController | null = null

  load(request: (signal: AbortSignal) => Promise<T>): void {
    this.#controller?.abort()
    const controller = new AbortController()
    this.#controller = controller
    this.loading = true
    request(controller.signal).then(
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
