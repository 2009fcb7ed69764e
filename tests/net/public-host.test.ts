import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PublicHostCheck, isPublicAddress } from '../../collector/net/public-host.ts'
import { GateRegistry } from '../../collector/net/host-gate.ts'
import { MastodonClient } from '../../collector/platforms/mastodon/client.ts'
import { mastodonConfig } from '../../collector/platforms/mastodon/config.ts'

test('loopback, private, link-local and mapped addresses are refused; public ones pass', () => {
  const refused = [
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    'not-an-ip',
  ]
  for (const address of refused) assert.equal(isPublicAddress(address), false, address)
  for (const address of ['145.97.39.155', '9.9.9.9', '2a00:1450:4001:80b::200e'])
    assert.equal(isPublicAddress(address), true, address)
})

test('an instance that resolves to a private address is refused before any request', async () => {
  let resolved = 0
  const check = new PublicHostCheck(async () => {
    resolved++
    return ['93.184.216.34', '10.1.2.3']
  })
  assert.equal(
    await check.check('internal.example'),
    'internal.example points to 10.1.2.3, a private or local address; crossreach only contacts public instances',
  )
  assert.equal(
    await check.check('internal.example'),
    'internal.example points to 10.1.2.3, a private or local address; crossreach only contacts public instances',
  )
  assert.equal(resolved, 1, 'the answer is cached')
  assert.equal(
    await new PublicHostCheck(async () => ['93.184.216.34']).check('social.example'),
    null,
  )

  const config = mastodonConfig({ CROSSREACH_MASTODON_MAX_RETRIES: '0' })
  const client = new MastodonClient(config, new GateRegistry(() => config.gate), check)
  await assert.rejects(client.lookup('internal.example', 'gemeente'), {
    name: 'PlatformError',
    message:
      'internal.example points to 10.1.2.3, a private or local address; crossreach only contacts public instances',
  })
})
