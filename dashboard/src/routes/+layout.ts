/** The dashboard is a single-page app: rendered in the browser only, served from one index.html. */
export const ssr = false
export const prerender = false
