import { it } from 'vitest';
import { openApp, screenshot } from './harness';
it('look', async () => {
  for (const [name, hash] of [['first', ''], ['okinawa', '#map=8/26.45/127.85'], ['scarborough', '#map=9/15.15/117.76&sel=scarborough-shoal'], ['senkaku', '#map=6/25.5/124.5&sel=senkaku-islands']]) {
    const app = await openApp(hash);
    await app.page.waitForTimeout(1500);
    await screenshot(app.page, 'look-' + name);
    console.log(name, app.errors, app.offsite, await app.page.evaluate(() => location.hash));
    await app.close();
  }
});
