/**
 * Which account an export belongs to: from the legacy file name, or from the post links
 * (https://x.com/<handle>/status/<id>). Handles are returned without "@".
 */

const LEGACY_FILE_NAME =
  /^tweet_activity_metrics_([A-Za-z0-9_]{1,15})_\d{8}_\d{8}_[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?(?: ?\(\d+\))?\.csv$/i
const POST_LINK =
  /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/\d+/i

/** The handle in a legacy export's file name (any folders in front are ignored). */
export function handleFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  return LEGACY_FILE_NAME.exec(base.trim())?.[1] ?? null
}

/** The handle in a post link, or null ("i/web/status" links name no account). */
export function handleFromLink(url: string | null): string | null {
  const handle = url ? POST_LINK.exec(url)?.[1] : undefined
  return handle && handle.toLowerCase() !== 'i' ? handle : null
}

/** The one handle all linked posts share; null when links are missing or name different accounts. */
export function handleFromLinks(urls: readonly (string | null)[]): string | null {
  let found: string | null = null
  for (const url of urls) {
    const handle = handleFromLink(url)
    if (handle === null) continue
    if (found !== null && found.toLowerCase() !== handle.toLowerCase()) return null
    found ??= handle
  }
  return found
}
