/**
 * The confirm-before-removing step the Settings lists share: one row at a time asks, focus goes
 * to its confirming button, Cancel brings focus back to the row's button, and the removal runs
 * through the list's FormState (busy flag, announcement, problems); once it is done focus goes to
 * the list's heading. Button ids: `${prefix}-${id}` (the row's) and `${prefix}-yes-${id}`.
 */
import { tick } from 'svelte'
import type { FormState, Text } from './form.svelte.ts'

export class Confirmation {
  /** The id of the row asking for confirmation, or null. */
  pending: number | null = $state(null)
  /** The list's heading, focused after a removal. */
  heading: HTMLElement | null = $state(null)
  readonly prefix: string
  readonly form: FormState

  constructor(prefix: string, form: FormState) {
    this.prefix = prefix
    this.form = form
  }

  async ask(id: number): Promise<void> {
    this.pending = id
    await tick()
    document.getElementById(`${this.prefix}-yes-${id}`)?.focus()
  }

  async cancel(id: number): Promise<void> {
    this.pending = null
    await tick()
    document.getElementById(`${this.prefix}-${id}`)?.focus()
  }

  /** Runs `send` (the request; returns the announcement), then `after` once it succeeded. */
  async remove(send: () => Promise<Text>, after?: () => void): Promise<void> {
    if (this.form.busy) return
    const ok = await this.form.submit(
      () => [],
      send,
      () => null,
    )
    if (!ok) return
    this.pending = null
    after?.()
    await tick()
    this.heading?.focus()
  }
}
