import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickAt, followLink, openApp, screenshot, selectedHeading as heading, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const panel = (page: Page) => page.getByRole('region', { name: 'Selected feature' });
/** The "Names in use" list as a reader sees it: each name with who uses it. */
const namesShown = (page: Page) =>
  panel(page)
    .locator('.names > li')
    .evaluateAll((items) => items.map((li) => `${li.querySelector('.name')?.textContent} | ${li.querySelector('.who')?.textContent}`));

// One page load: each test starts from a link to its view, followed in the page.
describe('the places the article names, and every side\'s names for them', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('the Spratlys show China\'s outposts; Mischief Reef lists every claimant\'s name and the award, and "militarization" leads to it', async () => {
    await followLink(app.page, '#map=6.30/10.300/114.200');
    await screenshot(app.page, 'spratlys-outposts');
    await clickAt(app.page, 115.533, 9.917);
    await expect.poll(() => heading(app.page).textContent()).toBe('Mischief Reef (Meiji Reef, Panganiban Reef, Đá Vành Khăn)');
    expect(await namesShown(app.page)).toEqual([
      'Panganiban Reef | used by Philippines',
      'Đá Vành Khăn | used by Vietnam',
      '美济礁 | used by China',
      '美濟礁 | used by Taiwan',
    ]);
    const text = (await panel(app.page).textContent()) ?? '';
    expect(text).toContain('PCA Case No. 2013-19');
    expect(text).toContain('since 2015');
    expect(await panel(app.page).locator('blockquote mark').allTextContents()).toContain('militarization');
    await screenshot(app.page, 'selected-mischief-reef');

    // Search finds an outpost by the name one side uses.
    const box = app.page.getByRole('combobox', { name: 'Search places and the article' });
    await box.fill('Kagitingan');
    const places = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Places' }).getByRole('option');
    await expect.poll(() => places.allTextContents()).toEqual([expect.stringContaining('Fiery Cross Reef')]);
    // Closed again, as a reader would, before the next test's picture.
    await box.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
  });

  it('the East China Sea shows China\'s ADIZ and the 2008 joint development block; the Senkaku Islands show Japan\'s, China\'s and Taiwan\'s names, in no side\'s order', async () => {
    await followLink(app.page, '#map=5.00/28.500/124.500');
    await screenshot(app.page, 'east-china-sea-adiz');
    await clickAt(app.page, 123.476, 25.743);
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    expect(await namesShown(app.page)).toEqual([
      '尖閣諸島 | used by Japan',
      '钓鱼岛及其附属岛屿 | used by China',
      '釣魚臺列嶼 | used by Taiwan',
    ]);
    expect(await panel(app.page).locator('.names .name[lang="zh-Hant"]').textContent()).toBe('釣魚臺列嶼');
    // Inside the ADIZ, away from the islands and the block, a click selects the zone, labelled as a claim.
    await clickAt(app.page, 125.5, 31.0);
    await expect.poll(() => heading(app.page).textContent()).toBe("China's East China Sea Air Defense Identification Zone (claim)");
    expect(await panel(app.page).textContent()).toContain('Claim, approximate');
    await screenshot(app.page, 'selected-ecs-adiz');
    // The joint development block lies inside the ADIZ; a click on it selects the block, not the zone.
    await clickAt(app.page, 126.2, 29.75);
    await expect.poll(() => heading(app.page).textContent()).toBe('Japan–China joint development block, 2008');
    const block = (await panel(app.page).textContent()) ?? '';
    expect(block).toContain('without prejudice');
    expect(await panel(app.page).locator('.tag').count()).toBe(0);
    await screenshot(app.page, 'selected-ecs-joint-development-block');
  });

  it('the article\'s defence paragraph links to the agreements, and the agreements slide shows them', async () => {
    await followLink(app.page, '#');
    const article = app.page.getByRole('region', { name: 'Article' });
    await article.getByRole('button', { name: '2007 Joint Declaration on Security Cooperation' }).click();
    await expect.poll(() => heading(app.page).textContent()).toBe('Japan–Australia Joint Declaration on Security Cooperation, Tokyo');
    expect(await panel(app.page).textContent()).toContain('13 March 2007');
    await article.getByRole('button', { name: 'expanded in 2017 to include munitions' }).click();
    await expect.poll(() => heading(app.page).textContent()).toBe('New Japan–Australia Acquisition and Cross-Servicing Agreement, Sydney');

  });

});

describe('a link to a slide', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('the agreements slide, in present mode, shows where they were signed', async () => {
    // Opened with the agreements layer off: the slide turns it on.
    app = await openApp('#layers=quad&slide=3');
    await expect.poll(() => app.page.getByRole('heading', { name: /Defence agreements/ }).count()).toBeGreaterThan(0);
    await app.page.waitForFunction(() => document.querySelector('[aria-label="Map"]')?.getAttribute('aria-busy') === 'false');
    await screenshot(app.page, 'present-slide-3-agreements');
    // The slide turned the agreements layer on: leaving present mode shows it checked.
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByRole('checkbox', { name: 'Agreements and dialogues' }).isChecked()).toBe(true);
  });
});
