import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory as checkedStory } from '../../../scripts/loadStory.ts';
import { withoutCountryGeometry } from '../../../src/story/countryGeometry.ts';
import { splitStory } from '../../../src/story/splitStory.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';
import { memoryStories } from '../../../src/state/storyStore.ts';

// The built-in story as the single file carries it: the fallback of every failed kept story.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const checked = checkedStory(ROOT);
const { story: firstView, text } = splitStory(checked);
const embedded: Record<string, unknown> = {
  'data/story.json': withoutCountryGeometry(firstView),
  'data/text.json': text,
  'data/deck.json': checked.deck,
};
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded, detailIds: [] }));
vi.mock('virtual:package-worker', async () => ({ startPackageWorker: (await import('../story/packageWorkerStandIn.ts')).packageWorkerStandIn }));
const { openStory } = await import('../../../src/state/openStory.ts');

const ID = 's-lq3k9x2a0001';
async function storeWith(record: unknown) {
  const store = memoryStories();
  await store.put(record as never);
  return () => store;
}
const kept = (pkg: unknown = exercisePackage) => ({ id: ID, title: 'Exercise', updated: 1, package: JSON.stringify(pkg), history: { x: 1 } });

describe('openStory: which story a page starts with', () => {
  it('opens the kept story a link names, whole: map, text, deck and its stored history', async () => {
    const opened = await openStory(`#story=${ID}&sel=darwin`, Promise.resolve(null), await storeWith(kept()));
    expect(opened).toMatchObject({ storyId: ID, readOnly: false, problem: null, history: { x: 1 } });
    expect(opened.story.layers.map((l) => l.id)).toEqual(exercisePackage.layers.map((l) => l.id));
    expect((await opened.text()).article.paragraphs).toHaveLength(8);
    expect(((await opened.deck()) as { slides: unknown[] }).slides).toHaveLength(2);
    expect(opened.package?.title).toBe('Exercise Southern Tide (example)');
  });

  it('opens the built-in story without a story in the link', async () => {
    const opened = await openStory('#sel=okinawa', Promise.resolve(null), await storeWith(kept()));
    expect(opened).toMatchObject({ storyId: null, package: null, problem: null });
    expect(opened.story.layers.map((l) => l.id)).toEqual(checked.layers.map((l) => l.id));
  });

  it('opens the built-in story, saying why, when the kept story is missing, damaged or not a package', async () => {
    const missing = await openStory(`#story=${ID}`, Promise.resolve(null), () => memoryStories());
    expect(missing.storyId).toBeNull();
    expect(missing.problem).toMatch(/could not be opened: it is not in this browser.*built-in story is shown instead/);
    const damaged = await openStory(`#story=${ID}`, Promise.resolve(null), await storeWith({ ...kept(), updated: 'yesterday' }));
    expect(damaged.problem).toMatch(/its date is not a date/);
    const broken = structuredClone(exercisePackage) as unknown as Record<string, unknown>;
    broken.format = 'something-else';
    const notPackage = await openStory(`#story=${ID}`, Promise.resolve(null), await storeWith(kept(broken)));
    expect(notPackage.problem).toMatch(/could not be opened: .*not a story package/i);
    expect(notPackage.story.layers.map((l) => l.id)).toEqual(checked.layers.map((l) => l.id));
    const refused = await openStory(`#story=${ID}`, Promise.resolve(null), () => ({ ...memoryStories(), get: () => Promise.reject(new Error('the browser storage could not be opened')) }));
    expect(refused.problem).toMatch(/the browser storage could not be opened/);
  });
});
