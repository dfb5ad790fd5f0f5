import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { clickAt, colourAt, followLink, fontsDrawing, mapMoved, nextFrames, openApp, pixelFor, screenshot, selectedHeading as heading, viewOf, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const article = readFileSync(new URL('../../data/article.md', import.meta.url), 'utf8').replace(/\[([^\]]+)\]\(#[^)]+\)/g, '$1');

/** The passages the "Selected feature" panel shows, as a reader sees them. */
async function shownPassages(page: Page): Promise<{ text: string; marked: string[] }[]> {
  const panel = page.getByRole('region', { name: 'Selected feature' });
  return panel.locator('blockquote').evaluateAll((quotes) =>
    quotes.map((q) => ({ text: q.textContent ?? '', marked: [...q.querySelectorAll('mark')].map((m) => m.textContent ?? '') })),
  );
}


// One page load: each test starts from a link to its view, followed in the page.
describe('clicking a place on the map', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('Okinawa shows its name and its passage verbatim with the phrase marked', async () => {
    await followLink(app.page, '#map=8.00/26.450/127.850');
    await clickAt(app.page, 128.05, 26.62);
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    const passages = await shownPassages(app.page);
    expect(passages).toHaveLength(1);
    expect(passages[0].text).toMatch(/^For Japan, the bilateral pact endorsed by Morrison in Tokyo.*including Okinawa\.$/);
    expect(article).toContain(passages[0].text);
    expect(passages[0].marked).toEqual(['Okinawa']);
    expect(await app.page.evaluate(() => location.hash)).toContain('sel=okinawa');
    await screenshot(app.page, 'selected-okinawa');
  });

  it('a place is drawn as a dot centred on it, in its layer\'s colour, and in the selection colour once clicked', async () => {
    await followLink(app.page, '#map=7.00/25.743/123.476');
    const { x, y } = await pixelFor(app.page, 123.476, 25.743);
    // The dot's centre and four pixels off it each way: the dot (7 px across its radius) covers them all.
    const dot = () => Promise.all([[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4]].map(([dx, dy]) => colourAt(app.page, x + dx, y + dy)));
    const near = (colour: string, expected: string) =>
      [1, 3, 5].every((i) => Math.abs(parseInt(colour.slice(i, i + 2), 16) - parseInt(expected.slice(i, i + 2), 16)) <= 6);
    const ecs = '#d35400';
    expect((await dot()).every((c) => near(c, ecs)), (await dot()).join(' ')).toBe(true);
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    await expect.poll(async () => (await dot()).every((c) => near(c, '#ffb000'))).toBe(true);
    // Clearing the selection draws it in its layer's colour again.
    await app.page.keyboard.press('Escape');
    await expect.poll(async () => (await dot()).every((c) => near(c, ecs))).toBe(true);
  });

  it('the Senkaku Islands show every side\'s name, the claimants and the passages', async () => {
    await followLink(app.page, '#map=7.00/25.743/123.476');
    await clickAt(app.page, 123.476, 25.743);
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => panel.textContent()).toContain('Japan, China, Taiwan');
    const passages = await shownPassages(app.page);
    expect(passages.length).toBeGreaterThanOrEqual(1);
    for (const p of passages) expect(article).toContain(p.text);
    expect(passages.flatMap((p) => p.marked)).toContain('East China Seas');
    // Each side's name in its own script's font (the machine has no CJK font of its own), and the
    // Taiwanese source's title in the Traditional Chinese one.
    await app.page.evaluate(() => document.fonts.ready);
    const drawn = async () => Object.fromEntries((await fontsDrawing(app.page, 'ul.names span[lang]')).map((e) => [e.text, e.fonts.join(' + ')]));
    await expect.poll(drawn).toMatchObject({
      尖閣諸島: expect.stringMatching(/^Noto Sans JP\b[^+]*$/),
      钓鱼岛及其附属岛屿: expect.stringMatching(/^Noto Sans SC\b[^+]*$/),
      釣魚臺列嶼: expect.stringMatching(/^Noto Sans TC\b[^+]*$/),
      // The English words in it are Noto Sans's.
      '外交部重申釣魚臺列嶼為中華民國固有領土 (MOFA reaffirms that the Diaoyutai Islands are inherent ROC territory)': expect.stringMatching(/^Noto Sans TC\b[^+]* \+ Noto Sans$/),
    });
    await screenshot(app.page, 'selected-senkaku');
  });

  it('Scarborough Shoal shows its passages, with the phrases that name its dispute marked', async () => {
    await followLink(app.page, '#map=9.00/15.150/117.760');
    await clickAt(app.page, 117.76, 15.15);
    await expect.poll(() => heading(app.page).textContent()).toContain('Scarborough Shoal (Huangyan Island');
    const passages = await shownPassages(app.page);
    expect(passages).toHaveLength(1);
    expect(passages[0].text).toMatch(/^Without naming China explicitly/);
    expect(article).toContain(passages[0].text);
    expect(passages[0].marked).toEqual(['South', 'maritime territorial disputes']);
  });

  it('Tacloban shows the Typhoon Haiyan relief and its passage', async () => {
    await followLink(app.page, '#map=9.00/11.244/125.004');
    await clickAt(app.page, 125.0036, 11.2444);
    await expect.poll(() => heading(app.page).textContent()).toContain('Haiyan');
    const passages = await shownPassages(app.page);
    expect(passages).toHaveLength(1);
    expect(article).toContain(passages[0].text);
    expect(passages[0].marked).toEqual(['2013 Typhoon Haiyan in the Philippines']);
    await expect.poll(() => app.page.getByRole('region', { name: 'Selected feature' }).textContent()).toContain('November 2013');
  });

  it('clicking empty sea clears the selection', async () => {
    await followLink(app.page, '#map=8.00/26.450/127.850&sel=okinawa');
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await clickAt(app.page, 128.6, 26.0);
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    expect(await app.page.evaluate(() => location.hash)).not.toContain('sel=');
  });

  it('a layer toggled off stops being clickable', async () => {
    await followLink(app.page, '#map=9.00/15.150/117.760');
    await app.page.getByRole('checkbox', { name: 'South China Sea disputes' }).uncheck();
    await clickAt(app.page, 117.76, 15.15);
    await nextFrames(app.page);
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    await app.page.getByRole('checkbox', { name: 'South China Sea disputes' }).check();
    // Clicked once the shoal's dot is back on the map, as a person would.
    const { x, y } = await pixelFor(app.page, 117.76, 15.15);
    await expect.poll(() => colourAt(app.page, x, y)).toBe('#c0392b');
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toContain('Scarborough Shoal');
  });

  it('the pointer turns into a hand over a feature and not over the sea', async () => {
    await followLink(app.page, '#map=9.00/15.150/117.760');
    const cursor = () => app.page.evaluate(() => (document.querySelector('[aria-label="Map"] canvas') as HTMLElement).style.cursor);
    const { x, y } = await pixelFor(app.page, 117.76, 15.15);
    await app.page.mouse.move(x, y);
    await expect.poll(cursor).toBe('pointer');
    await app.page.mouse.move(x + 150, y + 150);
    await expect.poll(cursor).toBe('');
  });
});

// MapLibre's mouse pan starts on a move, not on the press (src/map/panOnlyOnMove.ts): a drag must
// still pan, and a press must still stop a camera move under way.
describe('pressing and dragging the map', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('a drag pans the map by the distance dragged', async () => {
    app = await openApp('#map=5.00/20.000/130.000');
    const start = await app.page.evaluate(() => location.hash);
    const from = await pixelFor(app.page, 130, 20);
    await app.page.mouse.move(from.x, from.y);
    await app.page.mouse.down();
    for (let i = 1; i <= 10; i++) await app.page.mouse.move(from.x - i * 20, from.y);
    await app.page.mouse.up();
    await mapMoved(app.page, start);
    // 200 px west at zoom 5 (512 px tiles): the view's centre is 200 / (512 × 32) × 360° ≈ 4.4° east.
    const { lon, lat } = await viewOf(app.page);
    expect(lon).toBeGreaterThan(133.5);
    expect(lon).toBeLessThan(135.5);
    expect(lat).toBeCloseTo(20, 0);
  });

  it('a press on the map stops a flight under way, where it is', async () => {
    app = await openApp('', { motion: true });
    const start = await app.page.evaluate(() => location.hash);
    const box = (await app.page.locator('[aria-label="Map"] canvas').boundingBox())!;
    // The phrase from the keyboard, then at once a press on the map: a pointer click on the phrase
    // would first wait for it to scroll into view and settle, and the flight may be over by then.
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'Okinawa', exact: true }).focus();
    await app.page.keyboard.press('Enter');
    await app.page.mouse.click(box.x + 40, box.y + box.height - 60);
    await mapMoved(app.page, start);
    // The flight ends at zoom 8 or more over Okinawa; stopped at once, it is still far out.
    expect((await viewOf(app.page)).zoom).toBeLessThan(7);
  });
});
