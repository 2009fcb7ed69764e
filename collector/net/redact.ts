/**
 * Keeps secrets out of everything crossreach writes or answers. Configuration registers each
 * secret value (X bearer token, Mastodon instance tokens, the admin token); run records, logs and
 * API errors pass their text through redact().
 */
const secrets = new Set<string>()

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value)
}

export function redact(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('[redacted]')
  // Bearer headers echoed back by a misbehaving server.
  return out.replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1[redacted]')
}
