import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = () => inject('baseUrl');
const SHOTS = new URL('./screenshots/', import.meta.url);

let browser: Browser | undefined;
/** The shared browser (launched once in globalSetup). */
export async function connect(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every request that left 127.0.0.1 (it was blocked). */
  offsite: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  violations: string[];
  /** Closes the page; fails the test if the page logged an error, broke its CSP or tried to leave 127.0.0.1. */
  close(): Promise<void>;
}

/**
 * Opens the built app in a fresh context at `hash`, with every off-origin request blocked and
 * recorded. The user prefers reduced motion (camera moves jump) unless `motion` is set.
 */
export async function openApp(
  hash = '',
  options: {
    width?: number;
    height?: number;
    waitForMap?: boolean;
    motion?: boolean;
    /** Where the app is served (default: the shared server's root). */
    url?: string;
    /** A browser of the test's own (e.g. one launched with other flags). */
    browser?: Browser;
    /** Runs before the page loads, e.g. to answer some requests with other data. */
    before?: (context: BrowserContext) => Promise<void>;
  } = {},
): Promise<AppPage> {
  const { width = 1280, height = 800, waitForMap = true, motion = false, url = baseUrl() } = options;
  const context = await (options.browser ?? (await connect())).newContext({
    viewport: { width, height },
    reducedMotion: motion ? 'no-preference' : 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  const violations = await recordViolations(page);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  await options.before?.(context);
  await page.goto(url + hash);
  if (waitForMap) await mapReady(page);
  return {
    page,
    context,
    errors,
    offsite,
    violations,
    close: async () => {
      await context.close();
      if (errors.length) throw new Error(`the page logged errors:\n${errors.join('\n')}`);
      if (offsite.length) throw new Error(`the page requested other hosts: ${offsite.join(', ')}`);
      if (violations.length) throw new Error(`the page broke its Content-Security-Policy: ${violations.join(', ')}`);
    },
  };
}

/**
 * Opens an HTML file from disk (`file://`) in a fresh context; every request that is not the file
 * itself or data inside it is recorded and refused.
 */
export async function openFromDisk(path: string, hash = '') {
  const fileUrl = pathToFileURL(path).href;
  const context = await (await connect()).newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const violations = await recordViolations(page);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const own = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url.split('#')[0] === fileUrl;
  page.on('request', (r) => {
    if (!own(r.url())) requests.push(r.url());
  });
  await context.route('**/*', (route) => (own(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(fileUrl + hash);
  return { context, page, requests, errors, violations };
}

/**
 * Records every Content-Security-Policy violation the page reports, from before its first script.
 * (The listener is installed through the browser's devtools channel, which the page's CSP does not govern.)
 */
export async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI}`),
    );
  });
  return violations;
}

/** The map, once it has drawn what the reader asked for (see `AppState.busy`). */
const MAP_DRAWN = '[role=region][aria-label="Map"][aria-busy="false"]';

/**
 * Waits for the map's own signal that the visible layers are drawn, never a fixed sleep; then for
 * the tools that come after the first view (search, timeline, briefing), and for the map again:
 * the layers a user kept from an earlier visit keep it busy until they too are drawn.
 */
export async function mapReady(page: Page): Promise<void> {
  const drawn = page.locator(MAP_DRAWN);
  await drawn.waitFor({ timeout: 60_000 });
  await page.getByText(TOOLS_LOADING).waitFor({ state: 'detached', timeout: 30_000 });
  await drawn.waitFor({ timeout: 60_000 });
}

/** What the panel says while the tools are on their way (see App.svelte). */
export const TOOLS_LOADING = 'Loading the timeline, your layers and the briefing…';

/** The heading of the "Selected feature" panel: the selected place's name, or the panel's own title. */
export const selectedHeading = (page: Page) => page.getByRole('region', { name: 'Selected feature' }).getByRole('heading', { level: 2 });

/** Clicks the map where `lon`, `lat` is at the view the URL states. */
export async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const { x, y } = await pixelFor(page, lon, lat);
  await page.mouse.click(x, y);
}

/** Lets two frames pass, so that what a click would change has been drawn. */
export const nextFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The view the URL holds now. */
export async function viewOf(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  const hash = await page.evaluate(() => location.hash);
  const m = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
  if (!m) throw new Error(`no view in the hash "${hash}"`);
  return { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) };
}

/**
 * Follows a link to `hash` within the open page, as the address bar or Back does (no reload): the
 * app shows what it names. Tests that share one page load start from a link this way.
 */
export async function followLink(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (h) =>
      new Promise<void>((resolve) => {
        if (location.hash === h) return resolve();
        // The app has taken the link (and asked the map to move) by the frame after popstate.
        addEventListener('popstate', () => requestAnimationFrame(() => resolve()), { once: true });
        location.hash = h;
      }),
    hash,
  );
  // A camera move keeps the map busy until it is drawn at the new view.
  await page.locator(MAP_DRAWN).waitFor({ timeout: 60_000 });
}

/** Waits until the map has moved away from `from` and settled (the URL's view changes once a move ends). */
export async function mapMoved(page: Page, from: string): Promise<void> {
  await page.waitForFunction((previous) => /map=/.test(location.hash) && location.hash.split('&')[0] !== previous, from.split('&')[0], {
    timeout: 30_000,
  });
}

/** Screen position of a lon/lat in the map at the view the URL states (Web Mercator, 512 px tiles). */
export async function pixelFor(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = await page.evaluate(() => {
    const r = document.querySelector('[aria-label="Map"] canvas')!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const { zoom, lat: clat, lon: clon } = await viewOf(page);
  const world = 512 * 2 ** zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (a: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (a * Math.PI) / 360)) / Math.PI) / 2) * world;
  let dx = mx(lon) - mx(clon);
  if (dx > world / 2) dx -= world;
  if (dx < -world / 2) dx += world;
  return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + my(lat) - my(clat) };
}

/** The colour (#rrggbb) the page shows at one CSS pixel, read from a screenshot of it. */
export async function colourAt(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  // A 1×1 PNG: its one row is its first pixel after the filter byte, whatever the filter.
  let at = 8;
  const data: Buffer[] = [];
  let colourType = 0;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') colourType = png[at + 8 + 9];
    if (type === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  if (colourType !== 2 && colourType !== 6) throw new Error(`unexpected PNG colour type ${colourType}`);
  const row = inflateSync(Buffer.concat(data));
  return `#${[...row.subarray(1, 4)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });
}

/**
 * The fonts Chromium draws the text of each element matching `selector` with: its text and the
 * family of every font that drew a glyph of it. A character no font on the page has is drawn as
 * an empty box by a system fallback font, so a family listed here is what the reader sees.
 */
export async function fontsDrawing(page: Page, selector: string): Promise<{ text: string; fonts: string[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    // Awaited here: the session is detached when this returns.
    return await Promise.all(
      nodeIds.map(async (nodeId) => {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const { object } = await cdp.send('DOM.resolveNode', { nodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
        return { text: String(result.value), fonts: fonts.map((f) => f.familyName) };
      }),
    );
  } finally {
    await cdp.detach();
  }
}
