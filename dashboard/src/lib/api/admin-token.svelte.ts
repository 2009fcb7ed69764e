/**
 * The admin token the server asks for when it listens beyond this machine. Kept in sessionStorage
 * only (gone when the tab closes), never in localStorage, the URL or a cookie.
 */
const STORAGE_KEY = 'crossreach.adminToken'

function storedToken(): string {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

class AdminToken {
  value: string = $state(storedToken())
  /** The server refused a change for want of (the right) token since it was last set. */
  refused = $state(false)

  set(token: string): void {
    this.value = token.trim()
    this.refused = false
    try {
      if (this.value) globalThis.sessionStorage?.setItem(STORAGE_KEY, this.value)
      else globalThis.sessionStorage?.removeItem(STORAGE_KEY)
    } catch {
      // Storage may be blocked; the token then lasts for this page only.
    }
  }
}

export const adminToken = new AdminToken()
