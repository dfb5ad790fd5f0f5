import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CJK_SCRIPTS, isCjkScript, type CjkScript } from '../src/map/localLabels.ts';
import { parseJson } from '../src/story/parseJson.ts';
import { fontCovers, hasCjk } from './cjkLabelFonts.ts';

/** Every string in a value, however deep. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

interface Tagged {
  text: string;
  lang?: unknown;
}

/**
 * The text in a CJK script that the panel shows from `root`'s `geo/` files, by the script whose
 * font is to draw it:
 * - a name in use, by its `lang`; a source title, by its source's `lang`;
 * - an alternative name (it says no language) or CJK words in a title in another language
 *   ("East Sea (동해)"): every script whose font has its characters, so the page's font stack
 *   finds each one.
 * Fails naming file, feature and rule where CJK text says no language, stands where the panel
 * does not look for it, or its language's font lacks one of its characters.
 *
 * @example
 * panelCjkTexts(root).ja // ['尖閣諸島', '外交青書 2023 (Diplomatic Bluebook 2023)', …]
 */
export function panelCjkTexts(root: string): Record<CjkScript, string[]> {
  const texts = Object.fromEntries(CJK_SCRIPTS.map((s) => [s, [] as string[]])) as Record<CjkScript, string[]>;
  for (const file of readdirSync(join(root, 'geo')).filter((f) => f.endsWith('.geojson'))) {
    const fc = parseJson(`geo/${file}`, readFileSync(join(root, 'geo', file), 'utf8')) as { features: { id?: string; properties: Record<string, unknown> }[] };
    for (const f of fc.features) {
      const p = f.properties as {
        name: string;
        names?: { name: string; lang: string; source: Tagged & { title: string } }[];
        source?: (Tagged & { title: string })[];
        altNames?: string[];
      };
      const fail = (rule: string, message: string): never => {
        throw new Error(`geo/${file}: feature "${f.id ?? p.name}": rule ${rule}: ${message}`);
      };
      const tagged: Tagged[] = [
        ...(p.names ?? []).map((n) => ({ text: n.name, lang: n.lang })),
        ...[...(p.source ?? []), ...(p.names ?? []).map((n) => n.source)].map((s) => ({ text: s.title, lang: s.lang })),
      ];
      /** Text with no language of its own (an alternative name, or CJK words in an English title): to every script whose font has it. */
      const toEvery = (text: string) => {
        const scripts = CJK_SCRIPTS.filter((s) => fontCovers(s, text));
        if (!scripts.length) fail('names-font', `no CJK font has every character of "${text}"`);
        for (const s of scripts) texts[s].push(text);
      };
      for (const { text, lang } of tagged) {
        if (!hasCjk(text)) continue;
        if (typeof lang !== 'string') fail('cjk-lang', `"${text}" is written in a CJK script; give it a "lang" (${CJK_SCRIPTS.map((s) => `"${s}"`).join(', ')} …) so the panel draws it in its own script's forms`);
        if (!isCjkScript(lang)) toEvery(text);
        else if (!fontCovers(lang, text)) fail('names-font', `the ${lang} font lacks a character of "${text}"`);
        else texts[lang].push(text);
      }
      for (const text of (p.altNames ?? []).filter((t) => hasCjk(t))) toEvery(text);
      const shown = new Set([...tagged.map((t) => t.text), ...(p.altNames ?? [])]);
      const stray = strings(p).find((s) => hasCjk(s) && !shown.has(s));
      if (stray) fail('cjk-lang', `"${stray}" is written in a CJK script; only names in use, source titles (each with "lang") and alternative names may be`);
    }
  }
  return texts;
}
