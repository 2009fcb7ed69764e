/**
 * Vite for the dashboard: SvelteKit as a single-page app (adapter-static with an index.html
 * fallback, built to dashboard/build), and in development a proxy sending /api to the crossreach
 * server on 127.0.0.1:8080 (start it with `npm start` or `npm run demo`).
 */
import adapter from '@sveltejs/adapter-static'
import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [sveltekit({ adapter: adapter({ fallback: 'index.html', strict: false }) })],
  server: {
    proxy: { '/api': { target: process.env.CROSSREACH_API ?? 'http://127.0.0.1:8080' } },
  },
})
