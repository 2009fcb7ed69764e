/**
 * The dashboard's static files: a file when it exists with its content type and caching, the
 * single-page app's index.html for any other GET outside /api, /api left to the API, and a page
 * that says how to build the dashboard when there is no build.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Hono } from 'hono'
import { serveDashboard } from '../../collector/api/static.ts'
import { tempDir } from '../helpers/store.ts'

function appOn(dir: string) {
  const app = new Hono()
  app.get('*', serveDashboard(dir))
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'none' } }, 404))
  return app
}

test('serves built files, hashed assets cached for a year, and index.html as the fallback', async () => {
  const { dir, remove } = await tempDir()
  try {
    mkdirSync(join(dir, '_app/immutable/entry'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>app</p>')
    writeFileSync(join(dir, '_app/immutable/entry/start.abc123.js'), 'export {}')
    writeFileSync(join(dir, '_app/version.json'), '{"version":"1"}')
    const app = appOn(dir)

    const asset = await app.request('/_app/immutable/entry/start.abc123.js')
    assert.equal(asset.status, 200)
    assert.equal(asset.headers.get('content-type'), 'text/javascript; charset=utf-8')
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(await asset.text(), 'export {}')

    const version = await app.request('/_app/version.json')
    assert.equal(version.headers.get('content-type'), 'application/json; charset=utf-8')
    assert.equal(version.headers.get('cache-control'), 'no-cache')

    for (const path of ['/', '/accounts', '/posts/123?x=1']) {
      const page = await app.request(path)
      assert.equal(page.status, 200, path)
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8')
      assert.equal(page.headers.get('cache-control'), 'no-cache')
      assert.equal(await page.text(), '<!doctype html><p>app</p>')
    }

    const missingAsset = await app.request('/_app/immutable/gone.js')
    assert.equal(missingAsset.headers.get('cache-control'), 'no-cache')

    const api = await app.request('/api/nothing')
    assert.equal(api.status, 404)
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'not_found')

    const escape = await app.request('/..%2f..%2fetc%2fpasswd')
    assert.equal(await escape.text(), '<!doctype html><p>app</p>')
  } finally {
    remove()
  }
})

test('without a build, every page says how to build the dashboard', async () => {
  const { dir, remove } = await tempDir()
  try {
    const page = await appOn(join(dir, 'missing')).request('/')
    assert.equal(page.status, 503)
    assert.match(await page.text(), /run <code>npm run build -w dashboard<\/code>/i)
  } finally {
    remove()
  }
})
