import { describe, expect, it } from 'vitest';
import {
  addFeature,
  addLayer,
  deleteFeature,
  deleteLayer,
  linkToFeature,
  moveFeature,
  moveLayer,
  recolorLayer,
  renameLayer,
  setArticleSource,
  setTitle,
  updateFeature,
} from '../../../src/editor/editStory.ts';
import { EditError } from '../../../src/editor/editError.ts';
import { LinkError } from '../../../src/editor/linkError.ts';
import { mapArticle } from '../../../src/editor/mapArticle.ts';
import { validateDeck } from '../../../src/story/deck.ts';
import type { StoryPackage } from '../../../src/story/storyPackage.ts';
import type { StoryFeature, StoryProperties } from '../../../src/story/types.ts';
import { realStoryPackage } from './realStory.ts';
import { linkedIds as linkedIn, parseBody, refusal as refused, texts as textsOf } from './articleHelpers.ts';

const PKG = realStoryPackage();
/** Each test gets the same package and must leave it as it was. */
const FROZEN = structuredClone(PKG);

const texts = (pkg: StoryPackage) => textsOf(pkg.article);
const featureIds = (pkg: StoryPackage) => pkg.layers.flatMap((l) => l.features.map((f) => f.id));
const linkedIds = (pkg: StoryPackage) => linkedIn(pkg.article);

/** Every link and slide reference to a feature or layer the package does not have. */
function dangling(pkg: StoryPackage): string[] {
  const features = new Set(featureIds(pkg));
  const layers = new Set(pkg.layers.map((l) => l.id));
  const passages = new Set(parseBody(pkg.article).paragraphs.flat().map((p) => p.id));
  // The deck validator is the app's own check of slide references.
  validateDeck(pkg.deck, { layerIds: layers, featureIds: features, passageIds: passages });
  return linkedIds(pkg).filter((id) => !features.has(id));
}

const darwin: StoryFeature<StoryProperties> = {
  type: 'Feature',
  id: 'darwin',
  properties: {
    name: 'Darwin',
    summary: 'Where US Marines rotate through northern Australia.',
    source: [{ publication: 'SimpleMaps', title: 'World Cities Database', url: 'https://simplemaps.com/data/world-cities', date: '2026-05-08' }],
  },
  geometry: { type: 'Point', coordinates: [130.84, -12.46] },
};

const refusal = (fn: () => unknown, type: new (...a: never[]) => Error = EditError) => refused(fn, type);

describe('editStory: the real story has no dangling references to begin with', () => {
  it('holds', () => {
    expect(dangling(PKG)).toEqual([]);
  });
});

describe('editStory: layers', () => {
  it('adds an empty visible layer on top, its id from its title', () => {
    const out = addLayer(PKG, { title: ' Exercise Talisman Sabre ', color: '#AA3300' });
    expect(out.layers).toHaveLength(PKG.layers.length + 1);
    expect(out.layers.at(-1)).toEqual({ id: 'exercise-talisman-sabre', title: 'Exercise Talisman Sabre', color: '#aa3300', visible: true, description: '', features: [] });
    expect(addLayer(out, { title: 'Exercise Talisman Sabre', color: '#000000' }).layers.at(-1)!.id).toBe('exercise-talisman-sabre-2');
    expect(addLayer(PKG, { title: '演習', color: '#000000' }).layers.at(-1)!.id).toBe('layer');
    expect(PKG).toEqual(FROZEN);
  });

  it('refuses a layer without a title or with a colour that is not #rrggbb', () => {
    expect(refusal(() => addLayer(PKG, { title: '  ', color: '#000000' }))).toBe('A layer needs a title.');
    expect(refusal(() => addLayer(PKG, { title: 'X', color: 'red' }))).toMatch(/“red” is not a colour/);
    expect(refusal(() => recolorLayer(PKG, 'quad', '#12345'))).toMatch(/not a colour/);
  });

  it('renames and recolours a layer, and refuses an unknown one', () => {
    const out = recolorLayer(renameLayer(PKG, 'quad', 'The Quad'), 'quad', '#112233');
    expect(out.layers[0]).toMatchObject({ id: 'quad', title: 'The Quad', color: '#112233' });
    expect(out.layers[0].features).toBe(PKG.layers[0].features);
    expect(refusal(() => renameLayer(PKG, 'nope', 'X'))).toBe('The story has no layer “nope”.');
    expect(PKG).toEqual(FROZEN);
  });

  it('moves a layer to a drawing position, clamped', () => {
    const ids = PKG.layers.map((l) => l.id);
    expect(moveLayer(PKG, 'quad', 2).layers.map((l) => l.id)).toEqual([ids[1], ids[2], 'quad', ...ids.slice(3)]);
    expect(moveLayer(PKG, 'quad', 99).layers.map((l) => l.id)).toEqual([...ids.slice(1), 'quad']);
    expect(moveLayer(PKG, ids[2], -5).layers.map((l) => l.id)).toEqual([ids[2], ids[0], ids[1], ...ids.slice(3)]);
    expect(moveLayer(PKG, 'quad', 0)).toBe(PKG);
    expect(PKG).toEqual(FROZEN);
  });

  it('deletes a layer with its features: no link or slide points at them, the text unchanged', () => {
    const gone = PKG.layers.find((l) => l.id === 'agreements')!.features.map((f) => f.id);
    expect(gone).toContain('joint-declaration-2007');
    const out = deleteLayer(PKG, 'agreements');
    expect(out.layers.map((l) => l.id)).not.toContain('agreements');
    expect(dangling(out)).toEqual([]);
    expect(linkedIds(out).filter((id) => gone.includes(id))).toEqual([]);
    expect(out.deck.slides.flatMap((s) => [...s.layers, ...s.highlight]).filter((id) => id === 'agreements' || gone.includes(id))).toEqual([]);
    expect(out.deck.slides[1].layers).toEqual(['quad']);
    expect(texts(out)).toEqual(texts(PKG));
    expect(PKG).toEqual(FROZEN);
  });
});

describe('editStory: features', () => {
  it('adds a feature to a layer and refuses an id the story already has', () => {
    const out = addFeature(PKG, 'quad', darwin);
    expect(out.layers[0].features.at(-1)).toBe(darwin);
    expect(refusal(() => addFeature(out, 'relief', darwin))).toBe('The story already has a feature “darwin”.');
    expect(refusal(() => addFeature(PKG, 'relief', { ...darwin, id: 'okinawa' }))).toMatch(/already has a feature “okinawa”/);
    expect(refusal(() => addFeature(PKG, 'nope', darwin))).toMatch(/no layer/);
    expect(PKG).toEqual(FROZEN);
  });

  it('moves a feature to another layer, on top of it', () => {
    const out = moveFeature(PKG, 'senkaku-islands', 'quad');
    expect(featureIds({ ...out, layers: out.layers.filter((l) => l.id === 'ecs') })).not.toContain('senkaku-islands');
    expect(out.layers[0].features.at(-1)!.id).toBe('senkaku-islands');
    expect(featureIds(out).sort()).toEqual(featureIds(PKG).sort());
    expect(moveFeature(PKG, 'senkaku-islands', 'ecs')).toBe(PKG);
    expect(refusal(() => moveFeature(PKG, 'nope', 'quad'))).toBe('The story has no feature “nope”.');
    expect(PKG).toEqual(FROZEN);
  });

  it('updates properties and geometry, removing a property patched to undefined, the id kept', () => {
    const out = updateFeature(PKG, 'senkaku-islands', {
      properties: { summary: 'Disputed islets.', claimants: undefined },
      geometry: { type: 'Point', coordinates: [123.5, 25.75] },
    });
    const f = out.layers.find((l) => l.id === 'ecs')!.features.find((x) => x.id === 'senkaku-islands')!;
    expect(f.properties.summary).toBe('Disputed islets.');
    expect('claimants' in f.properties).toBe(false);
    expect(f.properties.name).toBe('Senkaku Islands (Diaoyu Islands)');
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [123.5, 25.75] });
    expect(refusal(() => updateFeature(PKG, 'senkaku-islands', { properties: { name: ' ' } }))).toBe('A feature needs a title.');
    expect(PKG).toEqual(FROZEN);
  });

  it('deletes a feature: no link or slide points at it, other ids of shared links kept, the text unchanged', () => {
    const out = deleteFeature(PKG, 'senkaku-islands');
    expect(featureIds(out)).not.toContain('senkaku-islands');
    expect(linkedIds(out)).not.toContain('senkaku-islands');
    expect(out.deck.slides.flatMap((s) => s.highlight)).not.toContain('senkaku-islands');
    expect(dangling(out)).toEqual([]);
    expect(out.article).toContain('[East China Seas](#china-ecs-adiz,ecs-joint-development-block-2008)');
    expect(texts(out)).toEqual(texts(PKG));
    // A feature linked alone: its phrase becomes plain text.
    const okinawa = deleteFeature(PKG, 'okinawa');
    expect(okinawa.article).toContain('including Okinawa.');
    expect(dangling(okinawa)).toEqual([]);
    expect(PKG).toEqual(FROZEN);
  });
});

describe('editStory: article and story', () => {
  it('links a selected phrase to an existing feature', () => {
    const withDarwin = addFeature(PKG, 'quad', darwin);
    const text = mapArticle(PKG.article)[6].text;
    const at = text.indexOf('Scott Morrison');
    const out = linkToFeature(withDarwin, 7, at, at + 'Scott Morrison'.length, 'darwin');
    expect(out.article).toContain('[Scott Morrison](#darwin)');
    expect(texts(out)).toEqual(texts(PKG));
    expect(refusal(() => linkToFeature(PKG, 7, at, at + 5, 'darwin'))).toBe('The story has no feature “darwin”.');
    expect(refusal(() => linkToFeature(withDarwin, 7, at, at, 'darwin'), LinkError)).toMatch(/empty/);
    expect(PKG).toEqual(FROZEN);
  });

  it('sets the story\'s title and the article\'s source', () => {
    expect(setTitle(PKG, ' Quad exercise ').title).toBe('Quad exercise');
    expect(refusal(() => setTitle(PKG, ''))).toBe('A story needs a title.');
    const source = { title: 'Talisman Sabre 2025', publication: 'Defence News', author: 'A. Writer', date: '2025-07-14', url: 'https://example.org/ts25' };
    expect(setArticleSource(PKG, source).source).toEqual(source);
    expect(refusal(() => setArticleSource(PKG, { ...source, publication: ' ' }))).toMatch(/publication/);
    expect(PKG).toEqual(FROZEN);
  });
});
