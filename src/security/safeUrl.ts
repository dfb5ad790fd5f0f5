/**
 * A link target that is safe to put in an `href`: an absolute `http:` or `https:` URL, returned
 * as the browser would write it. Anything else (`javascript:`, `data:`, relative paths, text
 * with control characters or spaces inside, or not a string) gives `undefined`, and the caller
 * shows the text without a link.
 *
 * @example
 * safeUrl('https://example.org/') // 'https://example.org/'
 * safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > 2048) return undefined;
  const trimmed = url.trim();
  // A URL parser drops tabs and newlines inside the scheme ("java\tscript:"); refuse them instead.
  if (!/^https?:\/\//i.test(trimmed) || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
