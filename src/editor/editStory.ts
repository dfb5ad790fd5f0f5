import type { Geometry } from 'geojson';
import type { ArticleSource, PackageLayer, StoryPackage } from '../story/storyPackage';
import type { StoryFeature, StoryProperties } from '../story/types';
import { EditError } from './editError';
import { linkPhrase } from './linkPhrase';
import { newFeatureId } from './newFeatureId';
import { quote } from './quote';
import { replaceFeatureId } from './replaceFeatureId';

/**
 * Pure edits of a story package: each returns a new package and leaves its input alone (the
 * undo history keeps the old one). A refused edit throws an EditError (or linkPhrase's
 * LinkError) and changes nothing.
 */

type Feature = StoryFeature<StoryProperties>;

const COLOR = /^#[0-9a-f]{6}$/i;

function layerIndex(pkg: StoryPackage, id: string): number {
  const i = pkg.layers.findIndex((l) => l.id === id);
  if (i < 0) throw new EditError(`The story has no layer ${quote(id)}.`);
  return i;
}

/** The layer holding feature `id` and the feature's place in it. */
function featureAt(pkg: StoryPackage, id: string): { layer: number; index: number } {
  for (const [layer, l] of pkg.layers.entries()) {
    const index = l.features.findIndex((f) => f.id === id);
    if (index >= 0) return { layer, index };
  }
  throw new EditError(`The story has no feature ${quote(id)}.`);
}

function checkTitle(title: string, what: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new EditError(`${what} needs a title.`);
  return trimmed;
}

function checkColor(color: string): string {
  if (!COLOR.test(color)) throw new EditError(`${quote(color)} is not a colour: write it as # and six hex digits, e.g. #3b6fb6.`);
  return color.toLowerCase();
}

const withLayer = (pkg: StoryPackage, i: number, layer: PackageLayer): StoryPackage => ({
  ...pkg,
  layers: pkg.layers.map((l, k) => (k === i ? layer : l)),
});

/** The package without any link or slide pointing at features `ids` (and, if given, at layer `layerId`). */
function forget(pkg: StoryPackage, ids: ReadonlySet<string>, layerId?: string): StoryPackage {
  let article = pkg.article;
  for (const id of ids) article = replaceFeatureId(article, id, null);
  const slides = pkg.deck.slides.map((s) => ({
    ...s,
    layers: layerId === undefined ? s.layers : s.layers.filter((l) => l !== layerId),
    highlight: s.highlight.filter((f) => !ids.has(f)),
  }));
  return { ...pkg, article, deck: { ...pkg.deck, slides } };
}

/** Adds an empty, visible layer on top; its id is made from the title (see newFeatureId). */
export function addLayer(pkg: StoryPackage, layer: { title: string; color: string }): StoryPackage {
  const title = checkTitle(layer.title, 'A layer');
  const id = newFeatureId(title, new Set(pkg.layers.map((l) => l.id)), 'layer');
  const added: PackageLayer = { id, title, color: checkColor(layer.color), visible: true, description: '', features: [] };
  return { ...pkg, layers: [...pkg.layers, added] };
}

export function renameLayer(pkg: StoryPackage, id: string, title: string): StoryPackage {
  const i = layerIndex(pkg, id);
  return withLayer(pkg, i, { ...pkg.layers[i], title: checkTitle(title, 'A layer') });
}

export function recolorLayer(pkg: StoryPackage, id: string, color: string): StoryPackage {
  const i = layerIndex(pkg, id);
  return withLayer(pkg, i, { ...pkg.layers[i], color: checkColor(color) });
}

/**
 * Moves layer `id` to drawing position `toIndex` (0 = bottom), clamped to the list.
 *
 * @example
 * moveLayer(pkg, 'quad', pkg.layers.length - 1) // the Quad layer is drawn on top
 */
export function moveLayer(pkg: StoryPackage, id: string, toIndex: number): StoryPackage {
  const from = layerIndex(pkg, id);
  const to = Math.max(0, Math.min(Math.trunc(toIndex), pkg.layers.length - 1));
  if (from === to) return pkg;
  const layers = [...pkg.layers];
  const [layer] = layers.splice(from, 1);
  layers.splice(to, 0, layer);
  return { ...pkg, layers };
}

/** Deletes layer `id` with its features: the article's links to them become plain text, and no slide shows them. */
export function deleteLayer(pkg: StoryPackage, id: string): StoryPackage {
  const i = layerIndex(pkg, id);
  const gone = forget(pkg, new Set(pkg.layers[i].features.map((f) => f.id)), id);
  return { ...gone, layers: pkg.layers.filter((_, k) => k !== i) };
}

/** Moves feature `featureId` to the top of layer `toLayerId`'s features. */
export function moveFeature(pkg: StoryPackage, featureId: string, toLayerId: string): StoryPackage {
  const at = featureAt(pkg, featureId);
  const to = layerIndex(pkg, toLayerId);
  if (at.layer === to) return pkg;
  const feature = pkg.layers[at.layer].features[at.index];
  return {
    ...pkg,
    layers: pkg.layers.map((l, k) =>
      k === at.layer ? { ...l, features: l.features.filter((_, j) => j !== at.index) } : k === to ? { ...l, features: [...l.features, feature] } : l,
    ),
  };
}

/** Adds `feature` to layer `layerId`; its id must be new to the story (see newFeatureId). */
export function addFeature(pkg: StoryPackage, layerId: string, feature: Feature): StoryPackage {
  const i = layerIndex(pkg, layerId);
  if (pkg.layers.some((l) => l.features.some((f) => f.id === feature.id))) {
    throw new EditError(`The story already has a feature ${quote(feature.id)}.`);
  }
  return withLayer(pkg, i, { ...pkg.layers[i], features: [...pkg.layers[i].features, feature] });
}

/**
 * Changes some properties of feature `id` (a property patched to `undefined` is removed), its
 * geometry, or both. Its id stays.
 *
 * @example
 * updateFeature(pkg, 'darwin', { properties: { summary: 'Where the Marines rotate.' } })
 */
export function updateFeature(pkg: StoryPackage, id: string, patch: { properties?: Partial<StoryProperties>; geometry?: Geometry }): StoryPackage {
  const at = featureAt(pkg, id);
  const layer = pkg.layers[at.layer];
  const old = layer.features[at.index];
  // Every key comes from `old` or `patch`, both StoryProperties; only optional ones can be undefined.
  const merged = Object.fromEntries(Object.entries({ ...old.properties, ...patch.properties }).filter(([, v]) => v !== undefined)) as unknown as StoryProperties;
  if (patch.properties && 'name' in patch.properties) merged.name = checkTitle(String(patch.properties.name ?? ''), 'A feature');
  const feature: Feature = { ...old, properties: merged, geometry: patch.geometry ?? old.geometry };
  return withLayer(pkg, at.layer, { ...layer, features: layer.features.map((f, j) => (j === at.index ? feature : f)) });
}

/** Deletes feature `id`: the article's links to it lose it (a link to it alone becomes plain text), and no slide highlights it. */
export function deleteFeature(pkg: StoryPackage, id: string): StoryPackage {
  const at = featureAt(pkg, id);
  const gone = forget(pkg, new Set([id]));
  const layer = pkg.layers[at.layer];
  return withLayer(gone, at.layer, { ...layer, features: layer.features.filter((_, j) => j !== at.index) });
}

/** Links the words at `start`..`end` of paragraph `paragraph` (as linkPhrase counts them) to feature `featureId`. */
export function linkToFeature(pkg: StoryPackage, paragraph: number, start: number, end: number, featureId: string): StoryPackage {
  featureAt(pkg, featureId);
  return { ...pkg, article: linkPhrase(pkg.article, paragraph, start, end, [featureId]) };
}

/** Sets where the article comes from (publication, author, date, address). */
export function setArticleSource(pkg: StoryPackage, source: ArticleSource): StoryPackage {
  checkTitle(source.title, 'The article');
  if (!source.publication.trim()) throw new EditError('Name the publication the article comes from.');
  return { ...pkg, source: { ...source } };
}

/** Sets the story's title (the stories list and the panel's heading). */
export function setTitle(pkg: StoryPackage, title: string): StoryPackage {
  return { ...pkg, title: checkTitle(title, 'A story') };
}
