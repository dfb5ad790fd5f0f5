import { displayText } from '../security/displayText';
import { checkLayerEntry, validateLayer } from './validateLayer';
import { linkProblems } from './linkProblems';
import { packageArticle } from './packageArticle';
import { deckRefs } from './deckRefs';
import { validateDeck, validateSlide } from './deck';
import { schemaProblems } from './schemaProblems';
import type { PackageProblem, PackageRule } from './packageProblem';
import type { StoryPackage } from './storyPackage';
import type { StoryFeature, StoryProperties } from './types';

/** Stands in for what another check covers, so that each problem is reported once. */
const CITATION = { publication: 'p', title: 't', date: '2000' };
const POINT = { type: 'Point', coordinates: [0, 0] };

const quoted = (name: unknown) => `'${displayText(name, 80)}'`;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs `check`; a thrown error becomes a problem. */
function collect(problems: PackageProblem[], problem: Omit<PackageProblem, 'message'>, check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch (e) {
    problems.push({ ...problem, message: messageOf(e) });
    return false;
  }
}

/** Which rule a schema problem at `path` breaks. */
function schemaRule(path: string): PackageRule {
  if (/^layers\[\d+\]\.features\[\d+\]\.geometry/.test(path)) return 'geometry';
  if (/^layers\[\d+\]\.features\[\d+\]/.test(path)) return 'feature';
  if (path.startsWith('layers')) return 'layer';
  if (path.startsWith('deck') || path.startsWith('marking')) return 'deck';
  return 'article';
}

function checkFeature(problems: PackageProblem[], f: StoryFeature<StoryProperties>, where: Omit<PackageProblem, 'message' | 'rule'>, label: string): void {
  const p = f.properties ?? ({} as StoryProperties);
  if (Array.isArray(p.source) && p.source.length === 0) {
    problems.push({ ...where, rule: 'no-source', message: `${quoted(p.name)} has no source` });
  }
  const properties = { ...p, source: Array.isArray(p.source) && p.source.length === 0 ? [CITATION] : p.source };
  collect(problems, { ...where, rule: 'feature' }, () => validateLayer(label, { type: 'FeatureCollection', features: [{ ...f, properties, geometry: POINT }] }));
  const geometryOnly = { ...f, properties: { name: 'n', summary: 's', source: [CITATION] } };
  collect(problems, { ...where, rule: 'geometry' }, () => validateLayer(label, { type: 'FeatureCollection', features: [geometryOnly] }));
}

/**
 * Every problem the build's rules find in a story package, all of them (not the first), in the
 * order of the package: the schema's structure and limits; each layer (its fields, duplicate ids);
 * each feature (no source, its properties, its geometry, an id used twice, a country that stands
 * for two features); the article (malformed links, a link across two sentences, a link to a
 * deleted feature, a feature no passage mentions); the deck (each bad slide). Empty when the story
 * can be shared.
 *
 * @example
 * checkPackage(draft)
 * // [{ rule: 'no-source', featureId: 'darwin', layerId: 'ports', message: "'Darwin' has no source" },
 * //  { rule: 'unknown-feature', featureId: 'tindal', paragraph: 4, message: "paragraph 4's link to 'Tindal' points at a deleted feature (tindal)" }]
 */
export function checkPackage(pkg: StoryPackage): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const schema = schemaProblems(pkg);
  const badFeatures = new Set<string>();
  const badLayers = new Set<number>();
  for (const s of schema) {
    const layerId = s.layerIndex === undefined ? undefined : pkg.layers[s.layerIndex]?.id;
    if (s.featureId) badFeatures.add(s.featureId);
    else if (s.layerIndex !== undefined) badLayers.add(s.layerIndex);
    problems.push({
      rule: schemaRule(s.path),
      message: s.message,
      ...(typeof layerId === 'string' ? { layerId } : {}),
      ...(s.featureId ? { featureId: s.featureId } : {}),
    });
  }
  if (!Array.isArray(pkg.layers)) return problems;

  const layerOf = new Map<string, string>();
  const seenLayers = new Set<string>();
  const countryOf = new Map<string, string>();
  pkg.layers.forEach((layer, i) => {
    const label = `layer ${quoted(layer.title)}`;
    if (seenLayers.has(layer.id)) problems.push({ rule: 'layer', layerId: layer.id, message: `${label}: its id "${layer.id}" is used by another layer too` });
    seenLayers.add(layer.id);
    if (!badLayers.has(i)) {
      const { features, ...entry } = layer;
      collect(problems, { rule: 'layer', layerId: layer.id }, () =>
        checkLayerEntry({ ...entry, file: layer.id }, (rule) => {
          throw new Error(`${label}: ${rule}`);
        }),
      );
    }
    for (const f of layer.features ?? []) {
      const where = { featureId: f.id, layerId: layer.id };
      const other = layerOf.get(f.id);
      if (other !== undefined) {
        problems.push({ ...where, rule: 'feature', message: `${label}: feature "${f.id}": the id is used by another feature too (layer ${quoted(other)})` });
      } else {
        layerOf.set(f.id, layer.title);
      }
      const country = f.properties?.naturalEarthCountry;
      if (country) {
        const taken = countryOf.get(country);
        if (taken) problems.push({ ...where, rule: 'feature', message: `${quoted(f.properties.name)} stands for the country ${quoted(country)}, as ${quoted(taken)} does; a country can stand for one feature only` });
        else countryOf.set(country, f.properties.name);
      }
      if (!badFeatures.has(f.id)) checkFeature(problems, f, where, label);
    }
  });

  const article = packageArticle(pkg, (error, paragraph) => problems.push({ rule: 'article', message: error.message, ...(paragraph ? { paragraph } : {}) }));
  const features = new Map(pkg.layers.flatMap((l) => (l.features ?? []).map((f) => [f.id, { layerId: l.id, name: f.properties?.name }] as const)));
  for (const passage of article.paragraphs.flat()) {
    for (const link of passage.links) {
      if (link.ids.length === 0) {
        problems.push({ rule: 'article', paragraph: passage.paragraph, message: `paragraph ${passage.paragraph}'s link on ${quoted(link.text)} points at no feature` });
      }
    }
  }
  for (const p of linkProblems(article, new Set(features.keys()))) {
    if (p.kind === 'unknown-feature') {
      const paragraph = p.passage.paragraph;
      problems.push({ rule: 'unknown-feature', featureId: p.id, paragraph, message: `paragraph ${paragraph}'s link to ${quoted(p.link.text)} points at a deleted feature (${p.id})` });
    } else {
      const { layerId, name } = features.get(p.id)!;
      problems.push({ rule: 'unlinked-feature', featureId: p.id, layerId, message: `no passage mentions ${quoted(name)}: link a phrase to it, or delete it` });
    }
  }

  if (!schema.some((s) => s.path.startsWith('deck'))) {
    const refs = deckRefs(pkg.layers.map((l) => ({ id: l.id, data: { features: l.features ?? [] } })), article);
    const slides: unknown[] = Array.isArray(pkg.deck?.slides) ? pkg.deck.slides : [];
    const before = problems.length;
    slides.forEach((slide, i) => collect(problems, { rule: 'deck' }, () => validateSlide(slide, i, refs)));
    if (problems.length === before) collect(problems, { rule: 'deck' }, () => validateDeck(pkg.deck, refs));
  }
  return problems;
}
