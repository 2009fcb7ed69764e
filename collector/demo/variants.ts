/**
 * What makes a demo post look like it came from its platform: the account's stable id (X user
 * id, Bluesky DID, Mastodon account id), post ids and URLs in each platform's own form, and the
 * small per-platform differences of one cross-posted message (X's t.co links, Bluesky's shortened
 * link text, Mastodon's full links and hashtags, mentions in each platform's handle form).
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { DemoAccountSpec } from './cast.ts'
import { hash32, type Prng } from './prng.ts'
import type { Message } from './texts.ts'

const X_EPOCH = 1_288_834_974_657n
const BASE32_SORT = '234567abcdefghijklmnopqrstuvwxyz'

export function platformIdOf(spec: DemoAccountSpec, rng: Prng): string {
  switch (spec.platform) {
    case 'x':
      return String(rng.int(10_000_000, 2_000_000_000) * 1000 + rng.int(0, 999))
    case 'bluesky':
      return `did:plc:${rng.chars('abcdefghijklmnopqrstuvwxyz234567', 24)}`
    case 'mastodon':
      return String(rng.int(109_000_000, 113_999_999)) + String(rng.int(10_000_000, 99_999_999))
  }
}

/** A post id and URL in the platform's own form; `seq` keeps ids of the same millisecond apart. */
export function postIdentity(
  spec: DemoAccountSpec,
  platformId: string,
  createdAt: number,
  seq: number,
): { postId: string; url: string } {
  switch (spec.platform) {
    case 'x': {
      const id = ((BigInt(createdAt) - X_EPOCH) << 22n) | BigInt(seq & 0x3fffff)
      return { postId: String(id), url: `https://x.com/${spec.username}/status/${id}` }
    }
    case 'bluesky': {
      let tid = (BigInt(createdAt) * 1000n) << 10n
      tid |= BigInt(seq & 0x3ff)
      let rkey = ''
      for (let i = 0; i < 13; i++) {
        rkey = BASE32_SORT[Number(tid & 31n)]! + rkey
        tid >>= 5n
      }
      const uri = `at://${platformId}/app.bsky.feed.post/${rkey}`
      return { postId: uri, url: `https://bsky.app/profile/${platformId}/post/${rkey}` }
    }
    case 'mastodon': {
      const id = String((BigInt(createdAt) << 16n) | BigInt(seq & 0xffff))
      return { postId: id, url: `https://${spec.instance}/@${spec.username}/${id}` }
    }
  }
}

/** The message as posted on one platform. `mention` is a peer's handle there, if any. */
export function platformText(
  platform: Platform,
  message: Message,
  site: string,
  orgTag: string,
  rng: Prng,
  mention: string | null,
): string {
  const lead = mention ? `Samen met ${mention}: ` : ''
  const body = lead + message.text
  const link = message.link
  switch (platform) {
    case 'x': {
      const short = shortenedForX(body)
      const url = link
        ? ` https://t.co/${rng.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`
        : ''
      return `${short}${url}${rng.chance(0.3) ? ` #${orgTag}` : ''}`
    }
    case 'bluesky':
      return link ? `${body} ${site}/${link}` : body
    case 'mastodon': {
      const url = link ? ` https://www.${site}/${link}` : ''
      const tag = message.topic.replace(/\s+/g, '')
      return `${body}${url}\n\n#${tag[0]!.toUpperCase()}${tag.slice(1)} #${orgTag}`
    }
  }
}

/**
 * On X, teams often leave out a message's last sentence to keep it short: a third of the messages
 * whose last sentence is under 40% of the text (chosen by the text, so no random draw shifts).
 */
function shortenedForX(body: string): string {
  const sentences = body.split(/(?<=[.!?]) /)
  const last = sentences.at(-1) ?? ''
  if (sentences.length < 2 || last.length > 0.4 * body.length || hash32(body) % 3 !== 0) return body
  return sentences.slice(0, -1).join(' ')
}

const NAMES =
  'jvdberg|anja_k|pieterbakker|marloes|henk1961|sanne_dj|fatima_b|ruudvos|lotte|mo_elamrani'.split(
    '|',
  )

/** A resident's handle on the platform, as a reply starts with it. */
export function residentHandle(platform: Platform, rng: Prng): string {
  const name = rng.pick(NAMES)
  switch (platform) {
    case 'x':
      return `@${name}${rng.int(1, 99)}`
    case 'bluesky':
      return `@${name.replace(/_/g, '-')}.bsky.social`
    case 'mastodon':
      return `@${name}@${rng.pick(['mastodon.nl', 'mastodon.social', 'toot.community'])}`
  }
}

/** How a peer's account is mentioned on a platform. */
export function mentionOf(spec: DemoAccountSpec): string {
  return spec.instance ? `@${spec.username}@${spec.instance}` : `@${spec.username}`
}
