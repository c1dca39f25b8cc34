/**
 * Resolves a URL from the feed against `base` and keeps it only if it is http(s).
 * Anything else (javascript:, data:, vbscript:, garbage) becomes undefined.
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
