import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { openApp, pixelFor, screenshot, selectedHeading as heading, type AppPage } from './harness';
import { serveStatic } from './server';
import { servedHeaders } from '../../scripts/csp';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

describe('the served build under its Content-Security-Policy, from a sub-path', () => {
  let server: Server;
  let url: string;
  let app: AppPage;
  beforeAll(async () => {
    ({ server, url } = await serveStatic(dist, { headers: servedHeaders, prefix: '/briefings/2020/indo-pacific/' }));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  afterEach(() => app.close());

  it('loads, draws, answers a click and opens a passage with no CSP violation and nothing off-origin', async () => {
    app = await openApp('#map=8.00/26.450/127.850', { url });
    expect(await app.page.evaluate(() => location.pathname)).toBe('/briefings/2020/indo-pacific/');
    const { x, y } = await pixelFor(app.page, 128.05, 26.62);
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'East China Seas' }).click();
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    await app.page.getByRole('checkbox', { name: 'Relief operations' }).click();
    // Zooming in fetches the 1:10m coastlines: one more request the policy must allow.
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('countries-10m-region')));
    await screenshot(app.page, 'csp-subpath');
    expect(app.violations).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.offsite).toEqual([]);
  });

  it('sends the policy as a header and carries it in the page', async () => {
    app = await openApp('', { url, waitForMap: false });
    const response = await app.page.request.get(url);
    expect(response.headers()['content-security-policy']).toBe(servedHeaders['Content-Security-Policy']);
    const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe');
  });

  it('refuses an inline script, proving the policy is in force', async () => {
    app = await openApp('', { url });
    await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
    });
    // Reported once by the header's policy and once by the page's own copy of it.
    await expect.poll(() => app.violations.length).toBeGreaterThan(0);
    for (const v of app.violations) expect(v).toBe('script-src-elem blocked inline');
    expect(await app.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    // Expected here (and logged by the browser too): cleared so that closing the page does not fail on them.
    app.violations.length = 0;
    app.errors.length = 0;
  });
});
