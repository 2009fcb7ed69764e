/** Builds one adapter per platform from the environment. Adding a platform adds a line here. */
import type { Platform } from '@crossreach/shared/platforms'
import type { PlatformAdapter } from './types.ts'
import { blueskyConfig } from './bluesky/config.ts'
import { createBlueskyAdapter } from './bluesky/index.ts'
import { mastodonConfig } from './mastodon/config.ts'
import { createMastodonAdapter } from './mastodon/index.ts'
import { xConfig } from './x/config.ts'
import { createXAdapter } from './x/index.ts'

export function createAdapters(
  env: NodeJS.ProcessEnv = process.env,
): Record<Platform, PlatformAdapter> {
  return {
    bluesky: createBlueskyAdapter(blueskyConfig(env)),
    mastodon: createMastodonAdapter(mastodonConfig(env)),
    x: createXAdapter(xConfig(env)),
  }
}
