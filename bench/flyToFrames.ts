import type { Page } from 'playwright-core';
import { framesDuring } from './page';

/**
 * Activates the article phrase `phrase` (the page must let motion play) and returns the frame
 * times (ms) from the click until the camera settles (the URL's view changes when a move ends).
 */
export async function flyToFrames(page: Page, phrase: string): Promise<number[]> {
  const button = page.getByRole('region', { name: 'Article' }).getByRole('button', { name: phrase, exact: true });
  await button.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => location.hash.split('&')[0]);
  return framesDuring(page, async () => {
    await button.click();
    await page.waitForFunction((previous) => location.hash.split('&')[0] !== previous, before, { timeout: 60_000 });
  });
}
