import type { Source } from './types';

/**
 * A feature form's sources as saved: each field trimmed, an empty address dropped, a source left
 * wholly blank dropped. A title's language, which the form has no field for, stays with its source.
 *
 * @example
 * formSources([{ publication: ' MOFA ', title: '外交青書', date: '2023', url: ' ', lang: 'ja' }])
 * // [{ publication: 'MOFA', title: '外交青書', date: '2023', lang: 'ja' }]
 */
export const formSources = (sources: readonly Source[]): Source[] =>
  sources
    .map((s) => ({ publication: s.publication.trim(), title: s.title.trim(), date: s.date.trim(), ...(s.url?.trim() ? { url: s.url.trim() } : {}), ...(s.lang ? { lang: s.lang } : {}) }))
    .filter((s) => s.publication || s.title || s.url);
