/**
 * A name safe for a downloaded file: letters (of any script), digits and hyphens, at most 60
 * characters, then `.ext`; a trailing `.json`/`.geojson` in `name` is dropped first.
 *
 * @example
 * fileName('Trường Sa.json', 'geojson') // 'Trường-Sa.geojson'
 */
export function fileName(name: string, ext: string, fallback = 'briefing'): string {
  const base = name
    .replace(/\.(geo)?json$/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || fallback}.${ext}`;
}

/** Offers `blob` to the user as a file named `name` (made in the page; no request leaves it). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
