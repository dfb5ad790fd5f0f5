import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { memoryStories } from '../../../src/state/storyStore.ts';
import { StoryEditor } from '../../../src/editor/storyEditor.svelte.ts';
import { packageToStory } from '../../../src/story/packageToStory.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';
import type { StoryPackage } from '../../../src/story/storyPackage.ts';
import { newPackage } from '../../../src/editor/stories.ts';
import { addFeature, addLayer, setTitle } from '../../../src/editor/editStory.ts';
import { defaultDeck } from '../../../src/story/defaultDeck.ts';

const SECRET = { text: 'SECRET', background: '#c8102e', color: '#ffffff' };

function editorOf(pkg: StoryPackage) {
  const app = new AppState();
  const { story, text, deck } = packageToStory(pkg);
  app.story = story;
  app.text = text;
  app.start(story, deck, '');
  const store = memoryStories();
  const editor = new StoryEditor(app, store, 's-lq3k9x2a0001', pkg);
  const shown: unknown[] = [];
  editor.onMarking = (m) => shown.push(m);
  return { editor, store, shown };
}

describe('StoryEditor: the marking', () => {
  it('a marking changed in the briefing is an edit: kept with the story, undone and redone, and shown each time', async () => {
    const { editor, store, shown } = editorOf({ ...structuredClone(exercisePackage), marking: undefined });
    editor.markingChanged(SECRET);
    expect(editor.pkg.marking).toEqual(SECRET);
    expect(editor.notice).toBe('Change the marking.');
    await expect.poll(async () => JSON.parse(((await store.get('s-lq3k9x2a0001')) as { package?: string } | undefined)?.package ?? '{}').marking).toEqual(SECRET);
    // The same marking again is no edit.
    editor.markingChanged({ ...SECRET });
    expect(editor.history.past).toHaveLength(1);
    editor.undo();
    expect(editor.pkg.marking).toBeUndefined();
    editor.redo();
    expect(shown).toEqual([SECRET, undefined, SECRET]);
  });
});

describe('StoryEditor: a new story\'s deck', () => {
  const darwin = { type: 'Feature' as const, id: 'darwin', properties: { name: 'Darwin', summary: 'A port.', source: [] }, geometry: { type: 'Point' as const, coordinates: [130.84, -12.46] } };
  const visakhapatnam = { ...darwin, id: 'visakhapatnam', properties: { ...darwin.properties, name: 'Visakhapatnam' }, geometry: { type: 'Point' as const, coordinates: [83.3, 17.7] } };

  it('its one slide keeps showing all the story (places, layers, title) until the user edits the deck', () => {
    const { editor } = editorOf(newPackage({ title: 'Southern Tide', article: 'Ships sail from Darwin.', source: { title: 'Southern Tide', publication: 'Example', date: '2026-12-01' } }));
    expect(editor.pkg.deck.slides[0].camera).toMatchObject({ center: [120, 10], zoom: 2 });
    editor.apply(addFeature(editor.pkg, 'places', darwin as never), 'Add Darwin');
    editor.apply(addFeature(editor.pkg, 'places', visakhapatnam as never), 'Add Visakhapatnam');
    editor.apply(addLayer(editor.pkg, { title: 'Routes', color: '#c92a2a' }), 'Add a layer');
    editor.apply(setTitle(editor.pkg, 'Exercise Southern Tide'), 'Rename the story');
    expect(editor.pkg.deck).toEqual(defaultDeck(editor.pkg));
    const [slide] = editor.pkg.deck.slides;
    expect(slide.title).toBe('Exercise Southern Tide');
    expect(slide.layers).toHaveLength(2);
    // Fitted between Visakhapatnam and Darwin.
    expect(slide.camera.center[0]).toBeCloseTo((83.3 + 130.84) / 2, 1);
    expect(slide.camera.zoom).toBeGreaterThan(2);

    // Once the user has made the deck their own, it stays as they made it.
    const own = { ...editor.pkg.deck, slides: [{ ...slide, title: 'The route' }] };
    editor.deckChanged(own, 'Retitle slide 1');
    editor.apply(setTitle(editor.pkg, 'Southern Tide 2027'), 'Rename the story');
    expect(editor.pkg.deck).toEqual(own);
  });
});
