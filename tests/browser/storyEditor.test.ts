import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickAt, followLink, mapReady, nextFrames, openApp, openFromDisk, pixelFor, screenshot, selectedHeading, viewOf, type AppPage } from './harness';
import { exerciseArticle, exercisePackage } from '../fixtures/story/exercisePackage';

/** The example article as a briefer pastes it: plain text, eight paragraphs, no links yet. */
const ARTICLE = exerciseArticle.replace(/\[([^\]]+)\]\(#[a-z0-9,-]+\)/g, '$1');
const paragraphs = ARTICLE.split('\n\n');
const TITLE = 'Exercise Southern Tide';
const dir = mkdtempSync(join(tmpdir(), 'story-'));

/** Selects `words` (the `nth` time they occur) in paragraph `paragraph` of the article, as a reader's drag would. */
async function selectWords(page: Page, paragraph: number, words: string, nth = 0) {
  const p = page.locator(`.article p[data-paragraph="${paragraph}"]`);
  await p.scrollIntoViewIfNeeded();
  const found = await p.evaluate(
    (el, [w, n]) => {
      let at = -1;
      for (let i = 0; i <= (n as number); i++) at = el.textContent!.indexOf(w as string, at + 1);
      if (at < 0) return false;
      // The text node and offset where character `at`, then `at + w.length`, falls.
      const point = (offset: number): [Node, number] => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (offset <= seen + length) return [node, offset - seen];
          seen += length;
        }
        throw new Error('past the paragraph');
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + (w as string).length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    },
    [words, nth],
  );
  expect(found, `"${words}" in paragraph ${paragraph}`).toBe(true);
}

/** Links `words` to the place the gazetteer finds first for them; `summary` and a source complete it. */
async function linkFromGazetteer(page: Page, paragraph: number, words: string, expected: RegExp, summary: string) {
  await selectWords(page, paragraph, words);
  await page.getByRole('button', { name: 'Link to a place…' }).click();
  const dialog = page.getByRole('dialog', { name: `Link “${words}” to a place` });
  const first = dialog.getByRole('list', { name: 'Places found' }).getByRole('button').first();
  await expect.poll(() => first.textContent()).toMatch(expected);
  await first.click();
  const form = page.getByRole('dialog', { name: `New place for “${words}”` });
  // The gazetteer's dataset is cited already.
  expect(await form.getByLabel('Publication').first().inputValue()).not.toBe('');
  await form.getByLabel('Summary (one line)').fill(summary);
  await form.getByRole('button', { name: 'Save place' }).click();
}

/** Draws `shape` through `points` ([lon, lat]) for `words`, then names and cites it. */
async function linkDrawn(page: Page, paragraph: number, words: string, shape: 'an area' | 'a line', points: [number, number][], name: string) {
  await selectWords(page, paragraph, words);
  await page.getByRole('button', { name: 'Link to a place…' }).click();
  await page.getByRole('dialog', { name: `Link “${words}” to a place` }).getByRole('button', { name: `Draw ${shape}` }).click();
  await page.getByRole('button', { name: 'Cancel drawing' }).waitFor();
  // As a hand does: the pointer moves to each point, then clicks. An area closes on its first
  // point; a line ends with its last point clicked again.
  for (const [lon, lat] of [...points, shape === 'an area' ? points[0] : points.at(-1)!]) {
    const { x, y } = await pixelFor(page, lon, lat);
    await page.mouse.move(x, y, { steps: 8 });
    await nextFrames(page);
    await page.mouse.click(x, y);
    await nextFrames(page);
  }
  const form = page.getByRole('dialog', { name: `New place for “${words}”` });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Summary (one line)').fill(`${name}, invented for the example.`);
  await form.getByRole('button', { name: 'Add a source' }).click();
  await form.getByLabel('Publication', { exact: true }).fill('Indo-Pacific briefing map (example text)');
  await form.getByLabel('Title', { exact: true }).fill('Exercise Southern Tide: an example briefing');
  await form.getByLabel('Date', { exact: true }).fill('2025-01-15');
  await form.getByRole('button', { name: 'Save place' }).click();
}

/** The article's linked phrases, as the reader sees them. */
const phrases = (page: Page) => page.getByRole('region', { name: 'Article' }).locator('.phrase').allTextContents();
const slideCount = (page: Page) => page.getByRole('region', { name: 'Briefing' }).locator('.slides > li').count();

describe('making a briefing map from a new article, as a briefer does', () => {
  let app: AppPage;
  let packageFile: string;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('pastes a new article: it shows verbatim, paragraph by paragraph', async () => {
    const { page } = app;
    await page.getByRole('region', { name: 'Stories' }).getByRole('button', { name: 'New story…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New story' });
    await dialog.getByLabel('Title', { exact: true }).fill(TITLE);
    await dialog.getByLabel(/^Article/).fill(ARTICLE);
    await dialog.getByLabel('Publication').fill('Indo-Pacific briefing map (example text)');
    await dialog.getByLabel('Author').fill('The briefing map team');
    await dialog.getByLabel('Date', { exact: true }).fill('2025-01-15');
    // The new story opens as a page load of its own link.
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Create story' }).click()]);
    expect(page.url()).toMatch(/#story=s-[0-9a-z]+$/);
    await mapReady(page);
    await page.getByRole('region', { name: 'Edit story' }).waitFor();
    expect(await page.locator('.article p[data-paragraph]').allTextContents()).toEqual(paragraphs);
    expect(await page.locator('.lede').textContent()).toBe(TITLE);
  });

  it('links five phrases: two places from the gazetteer, a drawn area, a drawn line and a place already in the story', async () => {
    const { page } = app;
    await linkFromGazetteer(page, 4, 'Darwin', /^Darwin\s*city/, 'Home port of the Australian ships.');
    await linkFromGazetteer(page, 2, 'Bay of Bengal', /^Bay of Bengal\s*sea or strait/, 'Where the Indian task group sets out.');
    await screenshot(page, 'story-editor-linked-gazetteer');
    // The new place is on the map at once, and answers a click there.
    await clickAt(page, 130.84, -12.44);
    await expect.poll(() => selectedHeading(page).textContent()).toBe('Darwin');
    // Closer in to draw, as a briefer would: the story's link keeps its story.
    const story = /story=s-[0-9a-z]+/.exec(page.url())![0];
    await followLink(page, `#${story}&map=4.00/-3.000/113.000`);
    await linkDrawn(page, 5, 'exercise area in the Timor Sea', 'an area', [[124, -10], [128.5, -10], [128.5, -13], [124, -13]], 'Exercise area');
    // The route ends a few pixels off the exercise area's corner, and snaps to it.
    await linkDrawn(page, 3, 'transit route', 'a line', [[98, 4], [108, -5], [115.7, -8.8], [123.85, -10.1]], 'Transit route');
    // The fifth: Darwin again, now found as this story's own place and linked at once.
    await selectWords(page, 6, 'Darwin');
    await page.getByRole('button', { name: 'Link to a place…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link “Darwin” to a place' });
    const own = dialog.getByRole('list', { name: 'Places found' }).getByRole('button').first();
    await expect.poll(() => own.textContent()).toMatch(/^Darwin\s*in this story/);
    await screenshot(page, 'story-editor-link-dialog');
    await own.click();
    await expect.poll(() => phrases(page)).toEqual(['Bay of Bengal', 'transit route', 'Darwin', 'exercise area in the Timor Sea', 'Darwin']);
    // The text is as pasted: linking changed no word.
    expect(await page.locator('.article p[data-paragraph]').allTextContents()).toEqual(paragraphs);
    const editor = page.getByRole('region', { name: 'Edit story' });
    expect(await editor.getByText('Ready to share').count()).toBe(1);
    // Each place answers a click on the map with its passages, verbatim.
    await page.getByRole('region', { name: 'Article' }).locator('.phrase', { hasText: 'exercise area' }).click();
    await expect.poll(() => selectedHeading(page).textContent()).toBe('Exercise area');
    expect(await page.getByRole('region', { name: 'Selected feature' }).locator('blockquote').allTextContents()).toEqual([
      expect.stringContaining('The two navies practise together in the exercise area in the Timor Sea.'),
    ]);
  });

  it('reshapes the drawn area by dragging a corner; Undo puts it back and Redo again', async () => {
    const { page } = app;
    const editor = page.getByRole('region', { name: 'Edit story' });
    const status = editor.getByRole('status');
    await editor.getByRole('button', { name: 'Reshape Exercise area' }).click();
    // The map goes to the area (the link then says a closer view) and waits for the drag.
    await expect.poll(async () => (await viewOf(page)).zoom).toBeGreaterThan(5);
    await page.locator('[role=region][aria-label="Map"][aria-busy="false"]').waitFor();
    const inside = await pixelFor(page, 126, -11.5);
    await page.mouse.click(inside.x, inside.y);
    const corner = await pixelFor(page, 128.5, -13);
    const to = await pixelFor(page, 127.5, -12.5);
    await page.mouse.move(corner.x, corner.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(corner.x + 2, corner.y + 2, { steps: 2 });
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => status.textContent()).toBe('Reshape “Exercise area”.');
    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status.textContent()).toBe('Undone: Reshape “Exercise area”.');
    await editor.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => status.textContent()).toBe('Redone: Reshape “Exercise area”.');
    await page.getByRole('button', { name: 'Done reshaping' }).click();
    await screenshot(page, 'story-editor-reshaped');
  });

  it('adds two slides to the one a new story starts with; after a reload everything is there, and undo reaches back past it', async () => {
    const { page } = app;
    expect(await slideCount(page)).toBe(1);
    const add = page.getByRole('button', { name: 'Add slide from current view' });
    await add.click();
    await add.click();
    expect(await slideCount(page)).toBe(3);
    await page.reload();
    await mapReady(page);
    const editor = page.getByRole('region', { name: 'Edit story' });
    await editor.waitFor();
    expect(await phrases(page)).toEqual(['Bay of Bengal', 'transit route', 'Darwin', 'exercise area in the Timor Sea', 'Darwin']);
    expect(await slideCount(page)).toBe(3);
    const places = page.getByRole('region', { name: 'Layers' }).locator('li', { has: page.getByRole('checkbox', { name: 'Places' }) });
    await places.locator('summary').click();
    // The list is made after the details' toggle event, a task after the click.
    await places.locator('ul.features').waitFor();
    expect(await places.locator('.features').getByRole('button').allTextContents()).toContain('Exercise area');
    // The last edit was the third slide: undone and redone across the reload.
    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => slideCount(page)).toBe(2);
    await editor.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => slideCount(page)).toBe(3);
  });

  it('undoes and redoes an edit with the keys: a layer renamed', async () => {
    const { page } = app;
    const editor = page.getByRole('region', { name: 'Edit story' });
    const name = editor.getByLabel('Name of layer 1');
    await name.fill('Ports and areas');
    await name.press('Tab');
    const layers = page.getByRole('region', { name: 'Layers' });
    await expect.poll(() => layers.textContent()).toContain('Ports and areas');
    await page.locator('body').click({ position: { x: 900, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => layers.textContent()).not.toContain('Ports and areas');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => layers.textContent()).toContain('Ports and areas');
  });

  it('exports the package: one JSON file with the article, the places and their sources, and the deck', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the story package' }).click()]);
    packageFile = join(dir, download.suggestedFilename());
    await download.saveAs(packageFile);
    const pkg = JSON.parse(readFileSync(packageFile, 'utf8'));
    expect(pkg).toMatchObject({ format: 'indo-pacific-briefing-map/story', version: 1, title: TITLE });
    expect(pkg.article).toContain('[Darwin](#darwin)');
    const features = pkg.layers.flatMap((l: { features: { id: string; properties: { source: unknown[] } }[] }) => l.features);
    expect(features.map((f: { id: string }) => f.id).sort()).toEqual(['bay-of-bengal', 'darwin', 'exercise-area', 'transit-route']);
    for (const f of features) expect(f.properties.source.length, f.id).toBeGreaterThan(0);
    // The drawn shapes have every point drawn (within a pixel at the view they were drawn at).
    const geometry = (id: string) => features.find((f: { id: string }) => f.id === id).geometry;
    const near = (positions: number[][], expected: number[][]) => expect(positions.map(([lon, lat]) => [Math.round(lon * 2) / 2, Math.round(lat * 2) / 2])).toEqual(expected);
    const route = geometry('transit-route').coordinates as number[][];
    near(route, [[98, 4], [108, -5], [115.5, -9], [124, -10]]);
    // A closed ring of the four corners (wound either way).
    const ring = geometry('exercise-area').coordinates[0] as number[][];
    expect(ring[0]).toEqual(ring.at(-1));
    // The route's end snapped to the area's corner: the very same position.
    expect(route.at(-1)).toEqual(ring.find(([lon, lat]) => Math.abs(lon - 124) < 0.5 && Math.abs(lat + 10) < 0.5));
    // Its corner at 128.5° E, 13° S was dragged to 127.5° E, 12.5° S.
    near(ring.slice(1).sort(), [[124, -10], [124, -13], [127.5, -12.5], [128.5, -10]]);
    expect(pkg.deck.slides).toHaveLength(3);
  });

  it('imports the package in a fresh browser profile; a damaged one is refused with the reason, and nothing changes', async () => {
    const fresh = await openApp();
    try {
      const { page } = fresh;
      // Each package is read in a worker of its own, off the page's thread.
      const readers: string[] = [];
      page.on('worker', (worker) => readers.push(worker.url()));
      const stories = page.getByRole('region', { name: 'Stories' });
      const bad = JSON.parse(readFileSync(packageFile, 'utf8'));
      bad.article = bad.article.replace('(#darwin)', '(#darwen)');
      const badFile = join(dir, 'damaged.json');
      writeFileSync(badFile, JSON.stringify(bad));
      await stories.getByLabel('Import a story package').setInputFiles(badFile);
      await expect.poll(() => stories.getByRole('alert').textContent()).toMatch(/“damaged\.json” was not imported: .*darwen/);
      expect(page.url()).not.toContain('story=');
      await Promise.all([page.waitForEvent('load'), stories.getByLabel('Import a story package').setInputFiles(packageFile)]);
      expect(page.url()).toMatch(/#story=s-/);
      await mapReady(page);
      expect(await page.locator('.lede').textContent()).toBe(TITLE);
      expect(await phrases(page)).toEqual(['Bay of Bengal', 'transit route', 'Darwin', 'exercise area in the Timor Sea', 'Darwin']);
      await page.getByRole('region', { name: 'Article' }).locator('.phrase', { hasText: 'Bay of Bengal' }).click();
      await expect.poll(() => selectedHeading(page).textContent()).toBe('Bay of Bengal');
      // The damaged package, the good one, and the kept story as the page started again.
      expect(readers.filter((url) => /\/packageWorker-[\w-]+\.js$/.test(url))).toHaveLength(3);
    } finally {
      await fresh.close();
    }
  });

  it('saves the offline briefing: one HTML file that opens from disk with no request, read-only, answers clicks and presents under the story\'s marking', async () => {
    const { page } = app;
    // The story is briefed under its own marking: an edit, kept with the story and carried by the file.
    await page.getByLabel('Marking', { exact: true }).selectOption('SECRET');
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toMatch(/Change the marking/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as offline briefing' }).click()]);
    const file = join(dir, 'briefing.html');
    // Where the gazetteer put the bay: the package says.
    const features = JSON.parse(readFileSync(packageFile, 'utf8')).layers.flatMap((l: { features: unknown[] }) => l.features) as { id: string; geometry: { coordinates: [number, number] } }[];
    const BENGAL = features.find((f) => f.id === 'bay-of-bengal')!.geometry.coordinates;
    await download.saveAs(file);
    const { context, page: offline, requests, errors, violations } = await openFromDisk(file);
    try {
      await mapReady(offline);
      expect(await offline.locator('.lede').textContent()).toBe(TITLE);
      // Read-only: nothing to edit, no stories list.
      expect(await offline.getByRole('region', { name: 'Edit story' }).count()).toBe(0);
      expect(await offline.getByRole('region', { name: 'Stories' }).count()).toBe(0);
      // Each place, clicked on the map, shows its passages verbatim.
      const passages = offline.getByRole('region', { name: 'Selected feature' }).locator('blockquote');
      for (const [name, lon, lat, passage] of [
        ['Darwin', 130.84, -12.46, 'The Australian ships sail from Darwin, the capital of the Northern Territory.'],
        ['Bay of Bengal', BENGAL[0], BENGAL[1], 'In the example, a task group of the Indian Navy leaves Visakhapatnam on the Bay of Bengal.'],
        ['Exercise area', 127.2, -12.2, 'The two navies practise together in the exercise area in the Timor Sea.'],
      ] as const) {
        const { x, y } = await pixelFor(offline, lon, lat);
        await offline.mouse.click(x, y);
        await expect.poll(() => selectedHeading(offline).textContent(), { message: name }).toBe(name);
        expect(await passages.allTextContents()).toContainEqual(expect.stringContaining(passage));
      }
      await offline.getByRole('region', { name: 'Article' }).locator('.phrase', { hasText: 'transit route' }).click();
      await expect.poll(() => selectedHeading(offline).textContent()).toBe('Transit route');
      expect(await passages.allTextContents()).toContainEqual(expect.stringContaining('The task group takes the transit route through the Strait of Malacca'));
      await offline.getByRole('button', { name: 'Present', exact: true }).click();
      await expect.poll(() => offline.locator('.counter').textContent()).toBe('1 / 3');
      expect(await offline.getByRole('note', { name: 'Marking' }).allTextContents()).toEqual(['SECRET', 'SECRET']);
      await offline.locator('[role=region][aria-label="Map"][aria-busy="false"]').waitFor();
      await screenshot(offline, 'story-offline-presenting');
      await offline.keyboard.press('ArrowRight');
      await expect.poll(() => offline.locator('.counter').textContent()).toBe('2 / 3');
      expect(requests).toEqual([]);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the stories in a list: duplicate, rename, delete (asked first); the built-in story is duplicated to be edited', async () => {
    const { page } = app;
    const stories = page.getByRole('region', { name: 'Stories' });
    const items = () => stories.getByRole('listitem').allTextContents();
    await stories.getByRole('button', { name: `Duplicate ${TITLE}` }).click();
    await expect.poll(items).toContainEqual(expect.stringContaining(`${TITLE} (copy)`));
    await stories.getByRole('button', { name: `Rename ${TITLE} (copy)` }).click();
    await stories.getByLabel(`New title for ${TITLE} (copy)`).fill('Southern Tide for the minister');
    await stories.getByRole('button', { name: 'Save title' }).click();
    await expect.poll(items).toContainEqual(expect.stringContaining('Southern Tide for the minister'));
    const remove = stories.getByRole('button', { name: 'Delete Southern Tide for the minister' });
    await remove.click();
    const ask = page.getByRole('dialog', { name: 'Delete “Southern Tide for the minister”?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await items()).toContainEqual(expect.stringContaining('Southern Tide for the minister'));
    await remove.click();
    await ask.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(items).not.toContainEqual(expect.stringContaining('Southern Tide for the minister'));
    // The built-in story: opened, then duplicated into a kept story the editor opens, countries and all.
    await Promise.all([page.waitForEvent('load'), stories.getByRole('button', { name: 'Open', exact: true }).click()]);
    expect(page.url()).not.toContain('story=');
    await mapReady(page);
    await Promise.all([page.waitForEvent('load'), page.getByRole('region', { name: 'Stories' }).getByRole('button', { name: 'Duplicate to edit' }).click()]);
    expect(page.url()).toMatch(/#story=s-/);
    await mapReady(page);
    await page.getByRole('region', { name: 'Edit story' }).waitFor();
    expect(await page.locator('.lede').textContent()).toMatch(/\(copy\)$/);
    await page.getByRole('region', { name: 'Article' }).locator('.phrase', { hasText: /^Japan$/ }).first().click();
    await expect.poll(() => selectedHeading(page).textContent()).toBe('Japan');
    expect(await page.getByRole('region', { name: 'Edit story' }).getByText('Ready to share').count()).toBe(1);
  });
});

describe('a story of many places', () => {
  const COUNT = 250;
  /** A ring of 251 positions around `lon`, `lat`: the sites together are more than MapLibre is given as GeoJSON (see src/map/tiledStory.ts). */
  const site = (lon: number, lat: number) => {
    const ring = Array.from({ length: 250 }, (_, k) => [+(lon + 0.15 * Math.cos((k / 250) * 2 * Math.PI)).toFixed(5), +(lat + 0.15 * Math.sin((k / 250) * 2 * Math.PI)).toFixed(5)]);
    return [...ring, ring[0]];
  };
  /**
   * The example story with a layer of COUNT survey sites, each linked from a paragraph of its own
   * (three sentences: the article is longer than one draw, see src/ui/moreParagraphs.ts).
   */
  function manyPlaces(): string {
    const pkg = structuredClone(exercisePackage);
    const source = pkg.layers[0].features[0].properties.source;
    const ids = Array.from({ length: COUNT }, (_, i) => `site-${i + 1}`);
    pkg.layers.push({
      id: 'sites',
      title: 'Survey sites',
      color: '#7f8c8d',
      visible: true,
      description: 'Invented survey sites in the Timor Sea (example).',
      features: ids.map((id, i) => ({
        type: 'Feature',
        id,
        properties: { name: `Site ${i + 1}`, summary: 'An invented survey site (example).', source },
        geometry: { type: 'Polygon', coordinates: [site(120 + (i % 25) * 0.4, -9 - Math.floor(i / 25) * 0.4)] },
      })),
    });
    pkg.article += ids.map((id, i) => `\n\nIn the example, the survey visits [site ${i + 1}](#${id}). It is an invented place. Nothing is there.`).join('');
    const file = join(dir, 'many-places.json');
    writeFileSync(file, JSON.stringify(pkg));
    return file;
  }

  it('lists a layer\'s places when its list is opened, and the editor lists them a hundred at a time', async () => {
    const fresh = await openApp();
    try {
      const { page } = fresh;
      const stories = page.getByRole('region', { name: 'Stories' });
      await Promise.all([page.waitForEvent('load'), stories.getByLabel('Import a story package').setInputFiles(manyPlaces())]);
      await mapReady(page);
      // The map is ready once every site is drawn, from tiles the story's own worker cuts (see src/map/tiledStory.ts).
      const drawn = (layer: string) =>
        page.evaluate((id) => {
          const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
          return { source: map.getSource('story')!.type, ids: [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id)))] };
        }, layer);
      expect(await drawn('story-sites-fill')).toEqual({ source: 'vector', ids: expect.arrayContaining(['site-1', 'site-250']) });
      expect((await drawn('story-sites-fill')).ids).toHaveLength(COUNT);
      // The layer's list is made when it is opened: the page did not start by building 250 hidden buttons.
      const layer = page.getByRole('region', { name: 'Layers' }).locator('li', { has: page.getByRole('checkbox', { name: 'Survey sites' }) });
      expect(await layer.locator('.features button').count()).toBe(0);
      await layer.locator('summary').click();
      await expect.poll(() => layer.locator('.features button').count()).toBe(COUNT);
      await layer.getByRole('button', { name: 'Site 250', exact: true }).click();
      await expect.poll(() => selectedHeading(page).textContent()).toBe('Site 250');
      // The article, drawn a few hundred sentences at a time, is all there: its last passage is shown and focused.
      const article = page.getByRole('region', { name: 'Article' });
      const paragraphs = exercisePackage.article.split(/\n\n+/).length + COUNT;
      await expect.poll(() => article.locator('p[data-paragraph]').count()).toBe(paragraphs);
      await page.getByRole('region', { name: 'Selected feature' }).getByRole('button', { name: `Show in article (paragraph ${paragraphs})` }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('In the example, the survey visits site 250.');
      const box = (await article.locator(`p[data-paragraph="${paragraphs}"]`).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      // The editor lists the first hundred, and more on request.
      const editor = page.getByRole('region', { name: 'Edit story' });
      const edits = editor.getByRole('button', { name: /^Edit Site \d+$/ });
      expect(await edits.count()).toBe(100);
      const more = editor.getByRole('button', { name: 'List 100 more of the 250 places in “Survey sites”' });
      await more.scrollIntoViewIfNeeded();
      await screenshot(page, 'story-editor-many-places');
      // A place moved into the layer goes last, beyond the page: it is listed all the same.
      await editor.getByRole('combobox', { name: 'Move Visakhapatnam to layer' }).selectOption({ label: 'Survey sites' });
      await expect.poll(() => editor.getByRole('combobox', { name: 'Move Visakhapatnam to layer' }).inputValue()).toBe('sites');
      // On the map too: the layer, which had only areas, now draws a dot there, from the story's new tiles.
      await layer.getByRole('button', { name: 'Visakhapatnam', exact: true }).click();
      await expect.poll(async () => (await drawn('story-sites-point')).ids, { timeout: 20_000 }).toEqual(['visakhapatnam']);
      expect(await edits.count()).toBe(100);
      await editor.getByRole('button', { name: 'List 100 more of the 251 places in “Survey sites”' }).click();
      await expect.poll(() => edits.count()).toBe(200);
      await editor.getByRole('button', { name: 'List 50 more of the 251 places in “Survey sites”' }).click();
      await expect.poll(() => edits.count()).toBe(COUNT);
      expect(await editor.getByRole('button', { name: /^List \d+ more/ }).count()).toBe(0);
      await editor.getByRole('button', { name: 'Edit Site 250' }).click();
      const form = page.getByRole('dialog', { name: 'Edit “Site 250”' });
      expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Site 250');
      await form.getByRole('button', { name: 'Cancel' }).click();
      // The offline file draws the story from tiles too (its worker comes inside the file), with no request.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as offline briefing' }).click()]);
      const file = join(dir, 'many-places.html');
      await download.saveAs(file);
      const { context, page: offline, requests, errors, violations } = await openFromDisk(file, '#map=9.00/-9.000/120.000');
      try {
        await mapReady(offline);
        const { x, y } = await pixelFor(offline, 120, -9);
        await offline.mouse.click(x, y);
        await expect.poll(() => selectedHeading(offline).textContent()).toBe('Site 1');
        await screenshot(offline, 'story-offline-many-places');
        expect(await offline.getByRole('region', { name: 'Selected feature' }).locator('blockquote').allTextContents()).toContainEqual(
          expect.stringContaining('In the example, the survey visits site 1.'),
        );
        expect(await offline.evaluate(() => (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.getSource('story')!.type)).toBe('vector');
        expect(requests).toEqual([]);
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    } finally {
      await fresh.close();
    }
  });
});
