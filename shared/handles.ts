/**
 * Parsing the account identifiers people paste: handles, @-names, profile URLs.
 * Returns a normalised form per platform, or an error message that says what was expected.
 */
import type { Platform } from './platforms.ts'

export type ParsedHandle =
  | { platform: 'bluesky'; actor: string }
  | { platform: 'mastodon'; username: string; instance: string }
  | { platform: 'x'; username: string }

export type ParseResult = { ok: true; value: ParsedHandle } | { ok: false; error: string }

const BLUESKY_HANDLE =
  /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/i
const DID = /^did:(plc|web):[a-zA-Z0-9._:%-]+$/
const X_USERNAME = /^[A-Za-z0-9_]{1,15}$/
const MASTODON_USER = /^[A-Za-z0-9_]+([.-]+[A-Za-z0-9_]+)*$/
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

function tryUrl(input: string): URL | undefined {
  if (!/^https?:\/\//i.test(input)) return undefined
  try {
    return new URL(input)
  } catch {
    return undefined
  }
}

export function parseBlueskyHandle(raw: string): ParseResult {
  let s = raw.trim()
  const url = tryUrl(s)
  if (url) {
    const m = /^\/profile\/([^/]+)/.exec(url.pathname)
    if (!m?.[1]) {
      return fail(
        `"${raw}" is not a Bluesky profile URL; expected https://bsky.app/profile/name.bsky.social`,
      )
    }
    s = decodeURIComponent(m[1])
  }
  s = s.replace(/^@/, '')
  if (DID.test(s)) return { ok: true, value: { platform: 'bluesky', actor: s } }
  if (BLUESKY_HANDLE.test(s)) {
    return { ok: true, value: { platform: 'bluesky', actor: s.toLowerCase() } }
  }
  return fail(
    `"${raw}" is not a Bluesky handle; expected a domain-style handle such as name.bsky.social, a did:plc: identifier, or a bsky.app profile URL`,
  )
}

export function parseMastodonHandle(raw: string): ParseResult {
  const s = raw.trim()
  const url = tryUrl(s)
  if (url) {
    const m = /^\/(?:@|users\/)([^/@]+)(?:@([^/]+))?\/?$/.exec(url.pathname)
    if (!m?.[1]) {
      return fail(`"${raw}" is not a Mastodon profile URL; expected https://instance.example/@name`)
    }
    // https://home.example/@user@other.example is a remote profile seen from home.example.
    return mastodon(raw, m[1], m[2] ?? url.hostname)
  }
  const m = /^@?([^@\s]+)@([^@\s]+)$/.exec(s)
  if (!m?.[1] || !m[2]) {
    return fail(
      `"${raw}" is not a Mastodon address; expected @name@instance.example, name@instance.example or a profile URL`,
    )
  }
  return mastodon(raw, m[1], m[2])
}

function mastodon(raw: string, username: string, instance: string): ParseResult {
  const host = instance.toLowerCase()
  if (!MASTODON_USER.test(username) || !HOSTNAME.test(host)) {
    return fail(`"${raw}" is not a valid Mastodon address; expected @name@instance.example`)
  }
  return { ok: true, value: { platform: 'mastodon', username, instance: host } }
}

export function parseXHandle(raw: string): ParseResult {
  let s = raw.trim()
  const url = tryUrl(s)
  if (url) {
    if (!/^(www\.|mobile\.)?(x|twitter)\.com$/i.test(url.hostname)) {
      return fail(`"${raw}" is not an X profile URL; expected https://x.com/name`)
    }
    s = url.pathname.split('/')[1] ?? ''
  }
  s = s.replace(/^@/, '')
  if (X_USERNAME.test(s)) return { ok: true, value: { platform: 'x', username: s } }
  return fail(
    `"${raw}" is not an X username; expected 1 to 15 letters, digits or underscores, such as @gemeente`,
  )
}

export function parseHandle(platform: Platform, raw: string): ParseResult {
  switch (platform) {
    case 'bluesky':
      return parseBlueskyHandle(raw)
    case 'mastodon':
      return parseMastodonHandle(raw)
    case 'x':
      return parseXHandle(raw)
  }
}

/** The canonical display form of a parsed handle: @name.bsky.social, @name@instance, @name. */
export function formatHandle(h: ParsedHandle): string {
  switch (h.platform) {
    case 'bluesky':
      return h.actor.startsWith('did:') ? h.actor : `@${h.actor}`
    case 'mastodon':
      return `@${h.username}@${h.instance}`
    case 'x':
      return `@${h.username}`
  }
}

/** The key an account is stored under on its platform: the display handle without "@", lower-cased. */
export function handleKey(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase()
}

function fail(error: string): ParseResult {
  return { ok: false, error }
}
