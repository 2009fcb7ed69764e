/**
 * The state every Settings form shares: problems tied to fields (or to the form as a whole), a
 * success message for the polite live region, and a busy flag. Texts are kept as functions of the
 * dictionary so they follow a language switch; a server message is kept as it came (English) and
 * shown with lang="en". A refusal keeps what was typed: only the problems change.
 */
import { tick } from 'svelte'
import type { Dictionary } from '../i18n/index.svelte.ts'
import { ApiError } from '../api/client.ts'
import { adminToken } from '../api/admin-token.svelte.ts'

export type Text = (t: Dictionary) => string

export interface Problem {
  /** The id of the control the problem belongs to, or null for the form as a whole. */
  field: string | null
  text: Text
  /** The server's own message (English), shown after `text`. */
  detail?: string
}

/** Where the admin token is entered; a 401 points there. */
export const TOKEN_FIELD = 'admin-token'

export class FormState {
  problems: Problem[] = $state([])
  success: Text | null = $state(null)
  busy = $state(false)
  /** The form's error summary, focused when a submit fails. */
  summary: HTMLElement | null = $state(null)

  problem(field: string): Problem | undefined {
    return this.problems.find((p) => p.field === field)
  }

  /** aria-describedby for a control: its hint (if any) and its error (if any). */
  describedBy(field: string, hint = false): string | undefined {
    const ids = [hint ? `${field}-hint` : '', this.problem(field) ? `${field}-error` : '']
    const joined = ids.filter((id) => id !== '').join(' ')
    return joined === '' ? undefined : joined
  }

  async fail(problems: Problem[]): Promise<void> {
    this.success = null
    this.problems = problems
    await tick()
    this.summary?.focus()
  }

  /**
   * Runs a submit: `check` returns problems found before sending (none: send); `send` does the
   * request and returns the success text; `place` decides which field a refusal belongs to.
   */
  async submit(
    check: () => Problem[],
    send: () => Promise<Text>,
    place: (err: ApiError) => string | null,
    refusedText?: (field: string | null) => Text | undefined,
  ): Promise<boolean> {
    const found = check()
    if (found.length > 0) {
      await this.fail(found)
      return false
    }
    this.busy = true
    this.success = null
    try {
      const done = await send()
      this.problems = []
      this.success = done
      return true
    } catch (err) {
      await this.fail([fromError(err, place, refusedText)])
      return false
    } finally {
      this.busy = false
    }
  }
}

/** A failed request as a problem: 401 goes to the token field, others where `place` says. */
export function fromError(
  err: unknown,
  place: (err: ApiError) => string | null,
  refusedText?: (field: string | null) => Text | undefined,
): Problem {
  if (err instanceof ApiError) {
    if (err.code === 'unauthorized') {
      adminToken.refused = true
      return {
        field: TOKEN_FIELD,
        text: adminToken.value ? (t) => t.settingsUnauthorizedWrong : (t) => t.settingsUnauthorized,
      }
    }
    const field = place(err)
    return {
      field,
      text: refusedText?.(field) ?? ((t) => t.settingsServerSaid),
      detail: err.message,
    }
  }
  const message = err instanceof Error ? err.message : String(err)
  return { field: null, text: (t) => t.settingsServerSaid, detail: message }
}
