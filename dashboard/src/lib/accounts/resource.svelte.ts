/**
 * One value the Accounts pages load from the API, reactive: `load()` starts a request (cancelling
 * the one it replaces) and keeps the last answer or the error message.
 */
export class Resource<T> {
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
      (value) => {
        if (controller.signal.aborted) return
        this.data = value
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
