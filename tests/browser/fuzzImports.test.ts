import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mapReady, openApp, type AppPage } from './harness';
import { Random } from '../fuzz/random';
import { corruptText, mutate, toText } from '../fuzz/malformed';

type Json = Parameters<typeof mutate>[0];
const deck = JSON.parse(readFileSync(new URL('../../data/deck.json', import.meta.url), 'utf8')) as Json;
const userFile: Json = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [127.5, 26] } },
    { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'LineString', coordinates: [[120, 10], [121, 11]] } },
  ],
};

/** A damaged copy of `doc` as file bytes. */
function damaged(doc: Json, rng: Random): Buffer {
  let copy = structuredClone(doc);
  for (let n = rng.int(1, 3); n > 0; n--) copy = mutate(copy, rng);
  const text = toText(copy);
  return Buffer.from(rng.chance(0.4) ? corruptText(text, rng) : text);
}

const heading = (app: AppPage) => app.page.getByRole('region', { name: 'Selected feature' }).getByRole('heading', { level: 2 });

describe('damaged files through the app\'s own file pickers', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('40 decks and 40 GeoJSON files: each taken or refused with a message, and the app still answers', async () => {
    app = await openApp();
    const rng = new Random(20201117);
    const briefing = app.page.getByRole('region', { name: 'Briefing' });
    const deckInput = app.page.getByLabel('Import deck (JSON)');
    for (let i = 0; i < 40; i++) {
      const before = await briefing.locator('.slides > li').count();
      await deckInput.setInputFiles({ name: `deck-${i}.json`, mimeType: 'application/json', buffer: damaged(deck, rng) });
      // Either a refusal that names the file, or a new deck announced.
      await expect
        .poll(async () => `${await briefing.getByRole('alert').allTextContents()} ${await briefing.getByRole('status').allTextContents()}`)
        .toMatch(new RegExp(`deck-${i}\\.json`));
      const refused = (await briefing.getByRole('alert').count()) > 0;
      if (refused) expect(await briefing.locator('.slides > li').count()).toBe(before);
    }
    const geojsonInput = app.page.getByLabel('Import data file');
    const yourData = app.page.getByRole('region', { name: 'Your data' });
    const layers = yourData.locator('ul > li');
    const verdicts = { accepted: 0, refused: 0 };
    for (let i = 0; i < 40; i++) {
      const name = `data-${i}.geojson`;
      const before = await layers.count();
      await geojsonInput.setInputFiles({ name, mimeType: 'application/geo+json', buffer: damaged(userFile, rng) });
      // The final verdict, not "Reading …": an alert that names the file, or the import announced.
      const verdict = async () => {
        const alert = (await yourData.getByRole('alert').allTextContents()).join(' ');
        const status = (await yourData.getByRole('status').textContent()) ?? '';
        return alert.includes(`"${name}"`) ? 'refused' : status.startsWith(`Imported "${name}"`) ? 'accepted' : 'pending';
      };
      await expect.poll(verdict, { timeout: 20_000 }).not.toBe('pending');
      const v = await verdict();
      verdicts[v as 'accepted' | 'refused']++;
      expect(await layers.count()).toBe(v === 'accepted' ? before + 1 : before);
      await mapReady(app.page);
    }
    expect(verdicts.refused).toBeGreaterThan(0);
    expect(verdicts.accepted).toBeGreaterThan(0);
    // Still answering: a list choice selects, and an article phrase flies.
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'Okinawa', exact: true }).click();
    await expect.poll(() => heading(app).textContent()).toBe('Okinawa Island');
  });
});
