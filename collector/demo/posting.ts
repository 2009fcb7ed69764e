/**
 * The demo's posts. Each organisation writes messages on working days in office hours (fewer in
 * weekends, the summer holidays and at Christmas, more during its campaigns) and posts each one
 * on one or more of its platforms within minutes, with small per-platform variations: that is the
 * cross-posting crossreach will match. Accounts also reply to residents and now and then quote a
 * peer. X gets a smaller share of the messages as time goes on.
 */
import { PLATFORM_INFO, type PostKind } from '@crossreach/shared/platforms'
import { DAY, MINUTE, activityFactor, isWeekend, localToUtc } from './calendar.ts'
import { canPost, type DemoAccount } from './accounts.ts'
import { postTotals, type Totals } from './engagement.ts'
import type { Prng } from './prng.ts'
import {
  campaignMessage,
  exitMessage,
  pauseMessage,
  quoteText,
  replyText,
  writeMessage,
  type Message,
} from './texts.ts'
import { within, type DemoTimeline } from './timeline.ts'
import { mentionOf, platformText, postIdentity, residentHandle } from './variants.ts'

export interface DemoPost {
  postId: string
  url: string
  createdAt: number
  kind: PostKind
  text: string
  hasMedia: boolean
  totals: Totals
}

export class PostWriter {
  readonly byAccount: DemoPost[][]
  private readonly accounts: readonly DemoAccount[]
  private readonly timeline: DemoTimeline
  private seq = 0

  constructor(accounts: readonly DemoAccount[], timeline: DemoTimeline) {
    this.accounts = accounts
    this.timeline = timeline
    this.byAccount = accounts.map(() => [])
  }

  /** Posts a message on the given accounts of one organisation, a few minutes apart. */
  crossPost(targets: readonly DemoAccount[], message: Message, at: number, rng: Prng): void {
    const hasMedia = rng.chance(0.35)
    const mentioned = rng.chance(0.06) ? this.peerOf(targets[0], rng) : undefined
    targets.forEach((account, i) => {
      const createdAt = at + (i === 0 ? 0 : Math.round(rng.range(0.3, 8.5) * 60) * 1000)
      const peer = mentioned?.find((a) => a.spec.platform === account.spec.platform)
      const mention = mentioned ? (peer ? mentionOf(peer.spec) : mentioned[0]!.org.name) : null
      const { site, tag } = account.org
      const text = platformText(account.spec.platform, message, site, tag, rng, mention)
      this.add(account, createdAt, 'original', text, hasMedia, message.appeal, rng)
    })
  }

  add(
    account: DemoAccount,
    createdAt: number,
    kind: PostKind,
    text: string,
    hasMedia: boolean,
    appeal: number,
    rng: Prng,
  ): void {
    if (createdAt > this.timeline.end - 5 * MINUTE) return
    const followers = account.followers.at(createdAt) ?? account.spec.followers.start
    const own = account.org.kind === 'own'
    const boost = own && this.timeline.campaigns.some((c) => within(createdAt, c)) ? 1.3 : 1
    const totals = postTotals(account.spec.platform, kind, followers, appeal * boost, rng)
    const identity = postIdentity(account.spec, account.platformId, createdAt, this.seq++)
    this.byAccount[account.index]!.push({ ...identity, createdAt, kind, text, hasMedia, totals })
  }

  /** The accounts of another organisation, to mention or quote. */
  private peerOf(account: DemoAccount | undefined, rng: Prng): DemoAccount[] | undefined {
    const others = this.accounts.filter((a) => a.org.key !== account?.org.key)
    const org = rng.pick(others).org.key
    return others.filter((a) => a.org.key === org)
  }

  quotedName(account: DemoAccount, rng: Prng): string {
    return this.peerOf(account, rng)?.[0]?.org.name ?? 'onze buren'
  }
}

/** Everything posted in the period, per account (by cast index), oldest first. */
export function generatePosts(
  accounts: readonly DemoAccount[],
  timeline: DemoTimeline,
  rng: Prng,
): DemoPost[][] {
  const writer = new PostWriter(accounts, timeline)
  const orgs = [...new Map(accounts.map((a) => [a.org.key, a.org])).values()]
  for (const org of orgs) {
    const orgRng = rng.fork(`messages-${org.key}`)
    const own = accounts.filter((a) => a.org.key === org.key)
    for (let day = timeline.start; day < timeline.end; day += DAY) {
      const campaign = org.kind === 'own' ? timeline.campaigns.find((c) => within(day, c)) : null
      const mean = org.messagesPerWorkday * activityFactor(day) * (campaign ? 1.6 : 1)
      for (let n = orgRng.poisson(mean); n > 0; n--) {
        const at = localToUtc(day, officeHour(day, orgRng))
        const message =
          campaign && orgRng.chance(0.5)
            ? campaignMessage(campaign.title, org, at, orgRng)
            : writeMessage(org, at, orgRng)
        const targets = chooseTargets(own, at, timeline, orgRng)
        if (targets.length > 0) writer.crossPost(targets, message, at, orgRng)
      }
    }
  }
  for (const account of accounts) addConversation(writer, account, timeline, rng)
  addLeavingAndPausing(writer, accounts, timeline, rng.fork('milestones'))
  for (const posts of writer.byAccount) posts.sort((p, q) => p.createdAt - q.createdAt)
  return writer.byAccount
}

/** The peer that leaves X says goodbye there and announces it elsewhere; the pausing peer too. */
function addLeavingAndPausing(
  writer: PostWriter,
  accounts: readonly DemoAccount[],
  timeline: DemoTimeline,
  rng: Prng,
): void {
  for (const account of accounts) {
    const role = account.spec.role
    if (!role) continue
    const others = accounts.filter((a) => a.org.key === account.org.key && a !== account)
    const elsewhere = others
      .map((a) => `${PLATFORM_INFO[a.spec.platform].name} (${mentionOf(a.spec)})`)
      .join(' en ')
    const say = (a: DemoAccount, at: number, m: Message) =>
      writer.add(a, at, 'original', m.text, false, m.appeal, rng)
    if (role === 'exit') {
      const at = localToUtc(timeline.exitDay, 10)
      say(account, at, exitMessage(true, elsewhere))
      for (const other of others) say(other, at + 3 * MINUTE, exitMessage(false, elsewhere))
    } else {
      const at = localToUtc(timeline.pause.from - DAY, 15)
      say(account, at, pauseMessage(true, true, elsewhere))
      for (const other of others) say(other, at + 4 * MINUTE, pauseMessage(false, true, elsewhere))
      say(account, localToUtc(timeline.pause.to, 9.5), pauseMessage(true, false, elsewhere))
    }
  }
}

/** Which of an organisation's accounts carry a message: each by its share at that time. */
function chooseTargets(
  accounts: readonly DemoAccount[],
  at: number,
  timeline: DemoTimeline,
  rng: Prng,
): DemoAccount[] {
  const progress = (at - timeline.start) / (timeline.end - timeline.start)
  const share = (a: DemoAccount) => a.spec.share[0] + (a.spec.share[1] - a.spec.share[0]) * progress
  const open = accounts.filter((a) => canPost(a, at, timeline))
  const chosen = open.filter((a) => rng.chance(share(a)))
  if (chosen.length === 0 && open.length > 0) {
    chosen.push(open.reduce((best, a) => (share(a) > share(best) ? a : best)))
  }
  // The first platform gets it at `at`; the others follow in random order.
  return chosen
    .map((a) => ({ a, key: rng.next() }))
    .sort((p, q) => p.key - q.key)
    .map((p) => p.a)
}

/** Replies to residents and quotes of peers, per account. */
function addConversation(
  writer: PostWriter,
  account: DemoAccount,
  timeline: DemoTimeline,
  rng: Prng,
): void {
  const r = rng.fork(`conversation-${account.index}`)
  const quotesFrom = account.spec.instance ? (timeline.quotesFrom[account.spec.instance] ?? 0) : 0
  for (let day = timeline.start; day < timeline.end; day += DAY) {
    const activity = activityFactor(day)
    for (let n = r.poisson(account.spec.repliesPerWorkday * activity); n > 0; n--) {
      const at = localToUtc(day, officeHour(day, r))
      if (!canPost(account, at, timeline)) continue
      const to = residentHandle(account.spec.platform, r)
      const text = `${to} ${replyText(r, account.org.site, at)}`
      writer.add(account, at, 'reply', text, false, 1, r)
    }
    for (let n = r.poisson(0.05 * activity); n > 0; n--) {
      const at = localToUtc(day, officeHour(day, r))
      if (!canPost(account, at, timeline) || at < quotesFrom) continue
      writer.add(account, at, 'quote', quoteText(r, writer.quotedName(account, r)), false, 1, r)
    }
  }
}

/** A local (Dutch) hour of the day a comms officer posts: mostly office hours. */
function officeHour(day: number, rng: Prng): number {
  if (isWeekend(day)) return rng.range(9.5, 19)
  return rng.chance(0.86) ? rng.range(8.3, 17.3) : rng.range(17.3, 21.5)
}
