import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openApp, screenshot, type AppPage } from './harness';
import type { ServedText, StoryData } from '../../src/story/storyData';

/** Each one sets window.__pwned if it ever runs. */
const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  "{@html '<b onmouseover=window.__pwned=4>x</b>'}",
];
const LONG = 'W'.repeat(50_000);
const RTL = '\u202Eelif.exe';
const ZERO_WIDTH = 'Oki\u200Bna\uFEFFwa';

/** The story as a file that came from elsewhere might carry it: hostile strings wherever data is shown. */
function poison(story: StoryData): StoryData {
  const okinawaLayer = story.layers.find((l) => l.id === 'okinawa')!;
  okinawaLayer.title = `${MARKUP[3]} ${RTL}`;
  okinawaLayer.description = LONG;
  const okinawa = okinawaLayer.data.features.find((f) => f.id === 'okinawa')!;
  okinawa.properties.name = `${MARKUP[0]} ${ZERO_WIDTH}`;
  for (const label of okinawaLayer.labels.features) if (label.properties.id === 'okinawa') label.properties.name = okinawa.properties.name;
  return story;
}

/** The article, and Okinawa's summary, claimants and sources: the file the app loads after the first view. */
function poisonText(text: ServedText): ServedText {
  // After the passage's last link, so the links still point at their phrases.
  const passage = text.article.paragraphs.flat().find((p) => p.links.some((l) => l.ids.includes('okinawa')))!;
  passage.text += ` ${MARKUP[2]} ${RTL}`;
  // The first slide's first passage, for the presenter window.
  text.article.paragraphs[0][0].text += ` ${MARKUP[0]} ${RTL}`;
  text.article.title = MARKUP[0];
  const details = text.details;
  details.okinawa.summary = `${MARKUP[1]} ${LONG}`;
  details.okinawa.claimants = [MARKUP[2], RTL];
  details.okinawa.source = [
    { publication: MARKUP[1], title: 'Script link', url: 'javascript:window.__pwned=5', date: '2020' },
    { publication: 'Data link', title: 'Data link', url: 'data:text/html,<script>window.__pwned=6</script>', date: '2020' },
    { publication: 'Web', title: 'Web link', url: 'https://example.org/report', date: '2020' },
  ];
  return text;
}

async function servePoisoned(context: BrowserContext) {
  await context.route('**/data/story.*.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: poison((await response.json()) as StoryData) });
  });
  await context.route('**/data/text.*.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: poisonText((await response.json()) as ServedText) });
  });
}

describe('hostile strings in the data', () => {
  let app: AppPage;
  const dialogs: string[] = [];
  beforeAll(async () => {
    app = await openApp('#map=8.00/26.450/127.850&sel=okinawa', { before: servePoisoned });
    app.page.on('dialog', (d) => {
      dialogs.push(d.message());
      return d.dismiss();
    });
    // Hover over everything a reader might hover, then take the picture.
    await app.page.getByRole('region', { name: 'Selected feature' }).hover();
    await screenshot(app.page, 'hostile-strings');
  });
  afterAll(() => app.close());

  it('never runs them', async () => {
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(app.violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('creates no element from them', async () => {
    const created = await app.page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      svg: document.querySelectorAll('.panel svg, [aria-label="Selected feature"] svg').length,
      scripts: document.querySelectorAll('script:not([src])').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(created).toEqual({ img: 0, svg: 0, scripts: 0, handlers: 0 });
  });

  it('shows them as the literal text they are', async () => {
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(`${MARKUP[0]} Okinawa`);
    expect(await panel.textContent()).toContain(MARKUP[1]);
    expect(await panel.textContent()).toContain(MARKUP[2]);
    expect(await app.page.getByRole('checkbox', { name: `${MARKUP[3]} elif.exe` }).count()).toBe(1);
    expect(await app.page.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 2 }).textContent()).toBe(MARKUP[0]);
  });

  it('links to no other host: a web address is text with a Copy button; javascript: and data: are not shown as addresses', async () => {
    // The attribution and the sources included: in a room without a network no stray click should try to leave.
    const hrefs = await app.page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^#/);
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    expect(await panel.getByText('Script link').evaluate((e) => e.closest('a'))).toBeNull();
    expect(await panel.getByText('Data link', { exact: false }).first().evaluate((e) => e.closest('a'))).toBeNull();
    expect(await panel.textContent()).not.toMatch(/javascript:|data:text/);
    expect(await panel.getByText('https://example.org/report', { exact: true }).count()).toBe(1);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: 'Copy the address of “Web link”' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe('https://example.org/report');
  });

  it('removes bidi overrides and zero-width characters from everything shown', async () => {
    const text = await app.page.evaluate(() => document.body.textContent ?? '');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
  });

  it('caps very long strings and keeps the panel its width', async () => {
    const panel = app.page.locator('#panel');
    const { scrollWidth, clientWidth } = await panel.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const summary = await app.page.getByRole('region', { name: 'Selected feature' }).locator('.summary').textContent();
    expect(summary!.length).toBeLessThanOrEqual(2000);
    expect(summary!.endsWith('…')).toBe(true);
  });

  it('still answers: the article and the lists work after showing them', async () => {
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'East China Seas' }).click();
    await expect
      .poll(() => app.page.getByRole('region', { name: 'Selected feature' }).getByRole('heading', { level: 2 }).textContent())
      .toBe('Senkaku Islands (Diaoyu Islands)');
  });

  // Last: starting the slides there puts this window in present mode too.
  it('the presenter window shows them cleaned too: it starts from the same story', async () => {
    const presenter = await app.page.context().newPage();
    try {
      await presenter.goto(new URL('?presenter', app.page.url()).href);
      await presenter.getByRole('button', { name: 'Start' }).click();
      const current = presenter.getByRole('region', { name: 'Current slide' });
      // Its picture of the slide is drawn from the story it loaded (loadStory cleans it, as App's).
      await expect.poll(() => current.getByRole('img').count(), { timeout: 60_000 }).toBe(1);
      expect(await presenter.evaluate(() => document.body.textContent ?? '')).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
      expect(await presenter.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // The only pictures are the slides the presenter window draws itself; the markup made none.
      expect(await presenter.locator('img:not([src^="data:image/"])').count()).toBe(0);
    } finally {
      await presenter.close();
    }
  });
});
