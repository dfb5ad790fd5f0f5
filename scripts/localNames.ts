import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { LabelScript, LocalPart } from '../src/map/localLabels.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toJapanese = OpenCC.Converter({ from: 't', to: 'jp' });

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Letters only Vietnamese writes (ă, đ, ơ, ư and the tone-marked vowels of U+1EA0–U+1EF9). */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
/** Characters a Han or Hangul name is written with: its script's letters and the iteration mark. */
const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}々ヶー・ ]+$/u;

/** Folds a Latin name to lower-case ASCII letters, to compare "Hà Nội" with "Hanoi". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A simplified Chinese name read in toneless pinyin, less a trailing 市/县/镇 (city, county, town): 温州市 → wenzhou. */
const readAs = (s: string) => fold(pinyin(s.replace(/(?<=..)[市县镇]$/u, ''), { toneType: 'none', type: 'array' }).join(''));

/** Whether a Han name is written in a script's own forms (see chooseLocalName). */
const writtenIn: Record<'ja' | 'zh-Hans' | 'zh-Hant', (s: string) => boolean> = {
  // Japanese forms survive the round trip through traditional Chinese to Japanese shinjitai:
  // 那覇 and 宜野湾 do, 那霸 and 宜野灣 (traditional) and 东京 (simplified) do not.
  ja: (s) => toJapanese(toTraditional(s)) === s,
  'zh-Hans': (s) => toSimplified(s) === s,
  'zh-Hant': (s) => toTraditional(toSimplified(s)) === s,
};
/** A name that only this script writes so (广州 is simplified; 海口 is both). */
const distinctly: Record<'zh-Hans' | 'zh-Hant', (s: string) => boolean> = {
  'zh-Hans': (s) => toTraditional(s) !== s,
  'zh-Hant': (s) => toSimplified(s) !== s,
};

/**
 * The local-script name of a place among GeoNames' alternate names, which carry no language tag:
 * for `ja`, `zh-Hans` and `zh-Hant` the Han names written in that script's own forms (told apart
 * with OpenCC's conversion tables), not kana readings; for `ko` the Hangul names; for `vi` the
 * names with Vietnamese letters that fold to the English name; simplified Chinese names must also
 * read (in pinyin) as the English name. The shortest wins (東京 over 東京都,
 * 서울 over 서울특별시); for Chinese, of two as short, one only that script writes so (广州 over 広州).
 * GeoNames sometimes writes 巿 (U+5DFF) for 市 (city): it is read as 市. Undefined when none fits.
 *
 * @example
 * chooseLocalName('ja', 'Naha', ['なはし', '那覇市', '那霸市', '나하 시']) // '那覇市'
 */
export function chooseLocalName(script: LabelScript, english: string, candidates: readonly string[]): string | undefined {
  const names = [...new Set(candidates.map((c) => c.trim().replace(/巿/g, '市')))].filter(Boolean);
  let fitting: string[];
  if (script === 'ko') fitting = names.filter((n) => CJK_ONLY.test(n) && HANGUL.test(n) && !HAN.test(n));
  else if (script === 'vi') fitting = names.filter((n) => VIETNAMESE.test(n) && fold(n).replace(/^thanhpho/, '') === fold(english).replace(/city$/, ''));
  else if (script === 'latin') fitting = [];
  else {
    const test = writtenIn[script];
    fitting = names.filter((n) => CJK_ONLY.test(n) && HAN.test(n) && !HANGUL.test(n) && (script === 'ja' || !KANA.test(n)) && test(n));
    // Mainland names are spelt in pinyin: a Han name that does not read as the English one is
    // another place's (GeoNames gives Huilong 启动, "start").
    if (script === 'zh-Hans') fitting = fitting.filter((n) => readAs(n) === fold(english));
    if (script !== 'ja') {
      const only = distinctly[script];
      return fitting.sort((a, b) => [...a].length - [...b].length || Number(only(b)) - Number(only(a)) || (a < b ? -1 : 1))[0];
    }
  }
  return fitting.sort((a, b) => [...a].length - [...b].length || (a < b ? -1 : 1))[0];
}

/** The script a country's places are written in, for the countries whose scripts the map has fonts for. */
export const COUNTRY_SCRIPT: Record<string, LabelScript> = {
  JP: 'ja',
  CN: 'zh-Hans',
  TW: 'zh-Hant',
  HK: 'zh-Hant',
  MO: 'zh-Hant',
  KR: 'ko',
  KP: 'ko',
  VN: 'vi',
};

/** The script of a name as written, for a `lang` tag of the authored names in `geo/` (`ja`, `zh-Hans`, `vi` …). */
export function scriptOf(lang: string, text: string): LabelScript | undefined {
  if (lang === 'ja' || lang === 'zh-Hans' || lang === 'zh-Hant' || lang === 'ko') return lang;
  // Latin-script names the map's Noto Sans draws (Vietnamese included); anything else it cannot.
  return /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u.test(text) ? (VIETNAMESE.test(text) ? 'vi' : 'latin') : undefined;
}

interface AuthoredName {
  name: string;
  lang: string;
}

/**
 * The local names of a disputed or shared feature from its authored `names` (each with who uses
 * it): every name not in English, once each, in the file's order, so that every claimant's name
 * shows. Names in a script the map has no font for are left out.
 *
 * @example
 * authoredParts([{ name: '尖閣諸島', lang: 'ja' }, { name: 'Senkaku', lang: 'en' }]) // [{ text: '尖閣諸島', script: 'ja' }]
 */
export function authoredParts(names: readonly AuthoredName[]): LocalPart[] {
  const parts: LocalPart[] = [];
  for (const { name, lang } of names) {
    if (lang === 'en' || parts.some((p) => p.text === name)) continue;
    const script = scriptOf(lang, name);
    if (script) parts.push({ text: name, script });
  }
  return parts;
}

const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(new URL(import.meta.resolve(specifier)), 'utf8')) as T;

interface WorldCountry {
  cca2: string;
  ccn3: string;
  name: { common: string; native: Record<string, { common: string }> };
}

const NATIVE_SCRIPT: Record<string, LabelScript> = { jpn: 'ja', kor: 'ko' };

/**
 * Countries' own names by ISO 3166 numeric code (Natural Earth's ids), from `world-countries`
 * (ODbL): the first of a country's native names that is not English and that the map can draw;
 * Chinese is simplified for China, traditional elsewhere (Taiwan: 台灣).
 */
export function countryLocalNames(): Map<string, LocalPart> {
  const local = new Map<string, LocalPart>();
  for (const c of readJson<WorldCountry[]>('world-countries/countries.json')) {
    for (const [lang, { common }] of Object.entries(c.name.native)) {
      if (lang === 'eng') continue;
      const script = lang === 'zho' ? (c.cca2 === 'CN' || c.cca2 === 'SG' ? 'zh-Hans' : 'zh-Hant') : (NATIVE_SCRIPT[lang] ?? scriptOf(lang, common));
      if (!script) continue;
      if (common !== c.name.common) local.set(c.ccn3, { text: common, script });
      break;
    }
  }
  return local;
}

/** One GeoNames place (the columns of `cities1000` that matter here). */
export interface GeoName {
  name: string;
  ascii: string;
  alternates: string[];
  lon: number;
  lat: number;
  country: string;
}

/** GeoNames places by the folded forms of their Latin names (see fold). */
export type GeoNames = Map<string, GeoName[]>;

/** GeoNames places of ≥ 1,000 people (`cities1000`, CC BY) in the countries of COUNTRY_SCRIPT. */
export function geoNames(): GeoNames {
  const text = readFileSync(new URL(import.meta.resolve('cities1000/cities1000.txt')), 'utf8');
  const places: GeoNames = new Map();
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (!COUNTRY_SCRIPT[f[8]]) continue;
    const place = { name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]), country: f[8] };
    const keys = new Set([place.name, place.ascii, ...place.alternates.filter((a) => /^[\p{Script=Latin}\p{M} '-]+$/u.test(a))].map(fold));
    for (const key of keys) places.set(key, [...(places.get(key) ?? []), place]);
  }
  return places;
}

/** How far (in degrees) a GeoNames place may lie from a city of the same name to be taken as it. */
const SAME_PLACE = 0.25;

/**
 * The local name of a city in `country` (ISO alpha-2) at `lon`/`lat`: the nearest GeoNames place
 * within about 25 km that bears its English name (as its name, ASCII name or an alternate name),
 * its name chosen by chooseLocalName. Undefined where the country's script has no font or no
 * place fits.
 */
export function cityLocalName(places: GeoNames, english: string, country: string, lon: number, lat: number): LocalPart | undefined {
  const script = COUNTRY_SCRIPT[country];
  if (!script) return undefined;
  const key = fold(english);
  const near = [...(places.get(key) ?? []), ...(places.get(`${key}shi`) ?? [])]
    .filter((p) => p.country === country && Math.abs(p.lon - lon) < SAME_PLACE && Math.abs(p.lat - lat) < SAME_PLACE)
    .sort((a, b) => Math.hypot(a.lon - lon, a.lat - lat) - Math.hypot(b.lon - lon, b.lat - lat));
  for (const place of near) {
    const text = chooseLocalName(script, english, [place.name, ...place.alternates]);
    if (text) return { text, script };
  }
  return undefined;
}
