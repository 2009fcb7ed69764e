/**
 * The Overview's first request, started by an inline script in app.html while the app's code
 * loads (the page itself could ask only once all its code had run): `earlyFetch` hands that
 * response to the first request for the same address, and fetches as usual for every other.
 */
interface EarlyRequest {
  /** Path and query, as the page asks for it. */
  url: string
  response: Promise<Response>
}

/** The page's globals this module reads (typed here: the module is also compiled without DOM types). */
const page = globalThis as {
  __crossreachEarly?: EarlyRequest | undefined
  location?: { href: string }
}

export const earlyFetch: typeof fetch = (input, init) => {
  const early = page.__crossreachEarly
  if (early && page.location && (init?.method ?? 'GET').toUpperCase() === 'GET') {
    const url = new URL(input instanceof Request ? input.url : String(input), page.location.href)
    if (url.pathname + url.search === early.url) {
      page.__crossreachEarly = undefined
      return early.response
    }
  }
  return fetch(input, init)
}
