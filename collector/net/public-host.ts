/**
 * A first guard against server-side request forgery through an instance name someone typed: before
 * crossreach talks to a host it was not explicitly configured for, the name must resolve to public
 * addresses only (not loopback, private, link-local, carrier-grade NAT, multicast or reserved
 * ranges, in IPv4 or IPv6). Hosts mapped by the operator (CROSSREACH_MASTODON_ORIGINS) are trusted.
 * The answer is cached per host for an hour. It does not stop DNS rebinding between the check and
 * the request; a resolver pinned inside the HTTP client would.
 */
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

const blocked = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4')
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6')
}

export type Resolve = (host: string) => Promise<string[]>

const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)

/** Whether an address may be contacted: false for loopback, private and reserved ranges. */
export function isPublicAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return isPublicAddress(mapped[1]!)
  const family = isIP(address)
  if (family === 0) return false
  return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

export class PublicHostCheck {
  private readonly resolve: Resolve
  private readonly cache = new Map<string, { at: number; ok: Promise<string | null> }>()

  constructor(resolve: Resolve = systemResolve) {
    this.resolve = resolve
  }

  /** null when the host is fine; otherwise the plain reason it is refused. */
  check(host: string): Promise<string | null> {
    const hit = this.cache.get(host)
    if (hit && Date.now() - hit.at < 3_600_000) return hit.ok
    const ok = this.resolve(host).then(
      (addresses) => {
        const bad = addresses.find((a) => !isPublicAddress(a))
        if (addresses.length === 0) return `${host} has no address`
        return bad
          ? `${host} points to ${bad}, a private or local address; crossreach only contacts public instances`
          : null
      },
      () => null, // Not resolvable now: the request itself will fail with a network error and be retried.
    )
    this.cache.set(host, { at: Date.now(), ok })
    return ok
  }
}
