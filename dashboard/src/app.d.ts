/** Ambient types SvelteKit looks for; crossreach adds none yet. */
declare global {
  namespace App {}
}

export {}
