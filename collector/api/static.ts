/**
 * Serves the built dashboard (dashboard/build, from `npm run build -w dashboard`) for every GET
 * outside /api: a file when it exists, otherwise the single-page app's index.html so its own
 * router shows the page. Hashed assets under /_app/immutable/ are cached for a year; everything
 * else is revalidated. Without a build it answers a page that says how to make one.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import type { MiddlewareHandler } from 'hono'

export const DEFAULT_DASHBOARD_DIR = resolve(import.meta.dirname, '../../dashboard/build')

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>crossreach</title></head>
<body><h1>The dashboard has not been built yet</h1>
<p>Run <code>npm run build -w dashboard</code> and reload this page. The API answers under <a href="/api/health">/api/health</a>.</p>
</body></html>
`

/** The file a URL path names inside `root`, or null when it would leave it. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = resolve(join(root, decoded))
  return file === root || file.startsWith(root + sep) ? file : null
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

export function serveDashboard(root: string = DEFAULT_DASHBOARD_DIR): MiddlewareHandler {
  const base = resolve(root)
  return async (c, next) => {
    const path = c.req.path
    if (
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      path === '/api' ||
      path.startsWith('/api/')
    ) {
      return next()
    }
    const requested = fileFor(base, path)
    const asset = requested !== null && (await isFile(requested)) ? requested : null
    const file = asset ?? join(base, 'index.html')
    if (!asset && !(await isFile(file))) {
      return c.html(NOT_BUILT_PAGE, 503, { 'cache-control': REVALIDATE })
    }
    const body = await readFile(file)
    const immutable = asset !== null && path.startsWith('/_app/immutable/')
    return c.body(body, 200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? IMMUTABLE : REVALIDATE,
    })
  }
}
