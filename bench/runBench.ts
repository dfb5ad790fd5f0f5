import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/globalSetup';
import { serveStatic } from '../tests/browser/server';
import { loadStory } from '../scripts/loadStory';
import { budgets, type BudgetLine } from './budgets';
import { clickTargets } from './clickTargets';
import { clickToFrame, clickToPassages } from './clickToPassages';
import { CLOSE_IN_VIEWS, closeInPans } from './closeInPans';
import { coldLoads, type Target } from './coldLoad';
import { firstViewBytes } from './firstViewBytes';
import { flyToFrames } from './flyToFrames';
import { formatReport } from './formatReport';
import { importPoints } from './importPoints';
import { importStory } from './importStory';
import { openMeasured, MAP, type Viewport } from './page';
import { pointsFile } from './points';
import { storyFiles } from './storyFiles';
import type { AppScaleRun, BenchResults, Summary } from './results';
import { MAX_PACKAGE_FEATURES } from '../src/story/readPackage';
import { median, percentile, ratios } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BenchOptions {
  /** Cold-load pairs (app, bare). */
  pairs: number;
  /** Clicks, each on a different story feature (at most one per feature). */
  clicks: number;
  /** Jumps into regions whose close-in land is not loaded yet (at most CLOSE_IN_VIEWS.length). */
  pans: number;
  /** User-layer sizes, in points. */
  sizes: number[];
  /** Features in the story package imported (bench/storyFiles.ts); 0 for none. */
  story: number;
  /** Drag steps each way while panning over `count` points (fewer for more points: a frame of a million takes seconds here). */
  panSteps: (count: number) => number;
  /** Use the builds already in dist/ and bench/dist/bare. */
  skipBuild: boolean;
  /** Print progress to stderr. */
  log: (line: string) => void;
}

export const DEFAULTS: BenchOptions = {
  pairs: 15,
  clicks: 20,
  pans: CLOSE_IN_VIEWS.length,
  sizes: [10_000, 100_000, 1_000_000],
  // #17's largest package.
  story: MAX_PACKAGE_FEATURES,
  panSteps: (count) => Math.max(5, Math.min(30, Math.round(3e6 / count))),
  skipBuild: false,
  log: (line) => process.stderr.write(`${line}\n`),
};

/** The fixed view both pages open at: the app's own first view at 1280 × 800 (India to Hawaii, Japan to Australia). */
export const VIEW = '#map=2.06/2.18/131.00';
/** West, south, east, north of what VIEW shows: where the generated points go. */
export const VIEW_BBOX = [75, -45, 185, 48] as const;
const APP_VIEWPORT: Viewport = { width: 1280, height: 800 };
const FLY_PHRASE = '2013 Typhoon Haiyan in the Philippines';

const summary = (values: number[]): Summary => ({ n: values.length, median: median(values), p95: percentile(values, 95) });

/**
 * Builds the app (dist/) and the bare reference page (bench/dist/bare) for production, whatever
 * NODE_ENV the caller runs under (Vite's module runner sets "development", Vitest "test", and
 * Vite builds for that, e.g. with Svelte's development checks).
 */
export async function buildPages(which: { app: boolean } = { app: true }): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    if (which.app) await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
    await build({ configFile: `${root}bench/vite.config.ts`, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface Servers {
  app: string;
  bare: string;
  close(): Promise<void>;
}

/** Serves dist/ and bench/dist/bare on 127.0.0.1, each on its own port, as a static host would. */
export async function servePages(): Promise<Servers> {
  const app = await serveStatic(`${root}dist`);
  const bare = await serveStatic(`${root}bench/dist/bare`);
  const stop = (s: Server) => new Promise((resolve) => s.close(resolve));
  return { app: app.url, bare: bare.url, close: async () => void (await Promise.all([stop(app.server), stop(bare.server)])) };
}

export const launchBrowser = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
}

/** Runs every measurement against the two served pages and returns the results. */
export async function measure(browser: Browser, servers: Servers, options: BenchOptions): Promise<BenchResults> {
  const { log } = options;
  const app: Target = { url: servers.app + VIEW, viewport: APP_VIEWPORT };
  // A warm-up load (not counted) that also tells the size of the app's map, which the bare page gets whole.
  const warm = await openMeasured(browser, app.url, { viewport: APP_VIEWPORT });
  const mapBox = (await warm.page.locator(MAP).boundingBox())!;
  const webgl = await webglRenderer(warm.page);
  await warm.close();
  const bare: Target = { url: servers.bare + VIEW, viewport: { width: Math.round(mapBox.width), height: Math.round(mapBox.height) } };

  log(`cold load: ${options.pairs} pairs`);
  const cold = await coldLoads(browser, app, bare, options.pairs);

  log('first view bytes');
  const bytes = { app: await firstViewBytes(browser, app), bare: await firstViewBytes(browser, bare) };

  const targets = clickTargets(loadStory(root)).slice(0, options.clicks);
  log(`click → passages: ${targets.length} features`);
  const clicked = await openMeasured(browser, app.url, { viewport: APP_VIEWPORT });
  const clickTimes: number[] = [];
  try {
    for (const target of targets) clickTimes.push(await clickToPassages(clicked.page, target));
    if (clicked.problems.length) throw new Error(`while clicking: ${clicked.problems.join('; ')}`);
  } finally {
    await clicked.close();
  }

  const bareClicked = await openMeasured(browser, bare.url, { viewport: bare.viewport });
  const bareClickTimes: number[] = [];
  try {
    for (const target of targets.slice(0, 10)) bareClickTimes.push(await clickToFrame(bareClicked.page, target));
    if (bareClicked.problems.length) throw new Error(`while clicking the bare page: ${bareClicked.problems.join('; ')}`);
  } finally {
    await bareClicked.close();
  }

  log('fly-to, then close-in jumps');
  // The jumps reuse the fly-to's page: the fly ends at Tacloban, in a cell none of them needs.
  const flying = await openMeasured(browser, app.url, { viewport: APP_VIEWPORT, motion: true });
  let flyFrames: number[];
  let panTimes: number[];
  try {
    flyFrames = await flyToFrames(flying.page, FLY_PHRASE);
    panTimes = await closeInPans(flying.page, CLOSE_IN_VIEWS.slice(0, options.pans));
  } finally {
    await flying.close();
  }

  const scale: BenchResults['scale'] = [];
  for (const count of options.sizes) {
    log(`scale: ${count} points`);
    const file = await pointsFile(count, VIEW_BBOX);
    const run = async (target: Target, expectCheckbox: boolean): Promise<AppScaleRun> => {
      const opened = await openMeasured(browser, target.url, { viewport: target.viewport });
      try {
        const result = await importPoints(opened.page, file, { expectCheckbox, panSteps: options.panSteps(count) });
        if (opened.problems.length) throw new Error(`importing ${count} points: ${opened.problems.join('; ')}`);
        if (!result || 'refused' in result) return result;
        return { renderedMs: result.renderedMs, longestTaskMs: result.longestTaskMs, pan: summary(result.panFrames) };
      } finally {
        await opened.close();
      }
    };
    const bareRun = await run(bare, false);
    if (!bareRun || 'refused' in bareRun) throw new Error(`the bare page did not import ${count} points`);
    scale.push({ count, app: await run(app, true), bare: bareRun });
  }

  let story: BenchResults['story'] = null;
  if (options.story > 0) {
    log(`story package: ${options.story} features`);
    const files = storyFiles(options.story);
    const opened = await openMeasured(browser, app.url, { viewport: APP_VIEWPORT });
    let appRun;
    try {
      appRun = await importStory(opened.page, files.pkg);
      if (opened.problems.length) throw new Error(`importing the story package: ${opened.problems.join('; ')}`);
    } finally {
      await opened.close();
    }
    // The bare page draws the same places at the view the app opened the story at.
    const view = 'view' in appRun ? appRun.view : VIEW;
    const bareOpened = await openMeasured(browser, servers.bare + view, { viewport: bare.viewport });
    try {
      const bareRun = await importPoints(bareOpened.page, files.geojson, { expectCheckbox: false, panSteps: 1, label: 'Import areas' });
      if (!bareRun || 'refused' in bareRun) throw new Error('the bare page did not draw the story\'s places');
      story = { features: options.story, app: appRun, bare: { renderedMs: bareRun.renderedMs, longestTaskMs: bareRun.longestTaskMs } };
    } finally {
      await bareOpened.close();
    }
  }

  return {
    date: new Date().toISOString(),
    environment: { chromium: browser.version(), webgl, cpus: cpus().length, node: process.version },
    view: VIEW,
    coldLoad: {
      app: cold.a,
      bare: cold.b,
      appMedian: median(cold.a),
      bareMedian: median(cold.b),
      ratioMedian: median(ratios(cold.a, cold.b)),
    },
    click: { ...summary(clickTimes), times: clickTimes },
    clickBare: { ...summary(bareClickTimes), times: bareClickTimes },
    flyTo: summary(flyFrames),
    closeInPan: { ...summary(panTimes), times: panTimes },
    bytes,
    scale,
    story,
  };
}

/** `npm run bench`: build, serve, measure, print the tables and write bench/results.json. */
export async function runBench(options: BenchOptions = DEFAULTS): Promise<{ results: BenchResults; lines: BudgetLine[]; report: string }> {
  const started = Date.now();
  if (!options.skipBuild) {
    options.log('building the app and the bare page');
    await buildPages();
  }
  const servers = await servePages();
  const browser = await launchBrowser();
  try {
    const results = await measure(browser, servers, options);
    const lines = budgets(results);
    const report = formatReport(results, lines);
    writeFileSync(`${root}bench/results.json`, `${JSON.stringify({ ...results, budgets: lines }, null, 2)}\n`);
    options.log(`done in ${Math.round((Date.now() - started) / 1000)} s; results in bench/results.json`);
    return { results, lines, report };
  } finally {
    await browser.close();
    await servers.close();
  }
}
