/**
 * After `vite build`: links the Overview's code from build/index.html as modulepreload (and its
 * styles as preload), so a browser opening the dashboard fetches the Overview's chunks, Chart.js
 * among them, alongside the app's entry. Without this it asks for them only once the app has
 * started and routed: the app is a single-page app whose one index.html serves every path, and
 * SvelteKit links only the entry and the root layout from it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dashboard = join(import.meta.dirname, '..')
const server = join(dashboard, '.svelte-kit/output/server')
const indexHtml = join(dashboard, 'build/index.html')

// The node that is the leaf of the route "/" (SvelteKit's server manifest names it).
const manifest = readFileSync(join(server, 'manifest.js'), 'utf8')
const leaf = /id: "\/",[^}]*?page: \{[^}]*?leaf: (\d+)/.exec(manifest)?.[1]
if (leaf === undefined) throw new Error('preload-overview: no page for "/" in the server manifest')
const node = (await import(join(server, `nodes/${leaf}.js`))) as {
  imports: string[]
  stylesheets: string[]
}

let html = readFileSync(indexHtml, 'utf8')
const links = [
  ...node.imports.map((file) => `<link href="/${file}" rel="modulepreload">`),
  ...node.stylesheets.map((file) => `<link href="/${file}" rel="preload" as="style">`),
].filter((link) => !html.includes(`href="${/href="([^"]+)"/.exec(link)![1]}"`))
if (!html.includes('</head>')) throw new Error('preload-overview: build/index.html has no </head>')
html = html.replace('</head>', `\t${links.join('\n\t\t')}\n  </head>`)
writeFileSync(indexHtml, html)
console.log(`preload-overview: ${links.length} links for node ${leaf} added to build/index.html`)
