/**
 * Normalises a post's text for cross-post matching, so that the same message posted on X, Bluesky
 * and Mastodon reads the same. Pure functions. What is removed and why:
 *
 * - Unicode NFKC first (full-width letters, ligatures, "…" become plain characters).
 * - Links: full URLs (`https://…`), and bare addresses such as `gemeente.nl/afval` or
 *   `www.site.nl` (Bluesky shows links shortened to their text). Each platform links differently
 *   (X's t.co, Bluesky's shortened text), so links say nothing about the message.
 * - @mentions in every platform's form (`@name`, `@name.bsky.social`, `@name@instance`): the
 *   same account has a different handle on each platform.
 * - Hashtags: a block of hashtags at the end of a post (Mastodon's topic tags) is dropped
 *   entirely; a hashtag inside a sentence keeps its word without the `#` ("de #raad besluit" reads
 *   "de raad besluit"), because there it is part of the message.
 * - Emoji and other symbols, punctuation, case and runs of whitespace.
 *
 * Numbers stay: dates and times tell apart messages made from the same template.
 */

const URL_RE = /\bhttps?:\/\/\S+/giu
/** A bare web address: labels with dots ending in a letter TLD, optionally a path. */
const BARE_ADDRESS_RE = /(?<![\p{L}\p{N}@])(?:www\.)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?:\/\S*)?/giu
/** @name, @name.bsky.social, @name@instance.social */
const MENTION_RE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+)?/gu
/** One or more hashtags (and whitespace) at the very end of the text. */
const TRAILING_TAGS_RE = /(?:\s*#[\p{L}\p{N}_]+)+\s*$/u
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu

/** The normalised text: lower-case words separated by single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(URL_RE, ' ')
    .replace(MENTION_RE, ' ')
    .replace(BARE_ADDRESS_RE, ' ')
    .replace(TRAILING_TAGS_RE, ' ')
    .replace(EMOJI_RE, ' ')
    .toLowerCase()
    .replace(NON_WORD_RE, ' ')
    .trim()
}

/** The distinct words of the normalised text. */
export function tokens(text: string): Set<string> {
  const normalised = normaliseText(text)
  return new Set(normalised === '' ? [] : normalised.split(' '))
}

/** True when the post starts with a mention: a reply to someone (the platform puts it there). */
export function startsWithMention(text: string): boolean {
  return /^\s*@[\p{L}\p{N}_]/u.test(text.normalize('NFKC'))
}

/** Words that make a message about one specific day ("today", "tonight", "tomorrow"). */
const DAY_WORDS = new Set([
  'vandaag',
  'vanavond',
  'vanochtend',
  'vanmiddag',
  'vannacht',
  'morgen',
  'gisteren',
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'heute',
  'aujourd',
  'demain',
])

/** Whether the words refer to the day of posting, so the same words on another day mean another message. */
export function mentionsRelativeDay(words: ReadonlySet<string>): boolean {
  for (const w of words) if (DAY_WORDS.has(w)) return true
  return false
}
