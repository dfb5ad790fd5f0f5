import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets';
import { CATEGORIES } from '../../bench/categoryOf';
import { formatReport } from '../../bench/formatReport';
import { importPoints } from '../../bench/importPoints';
import { openMeasured } from '../../bench/page';
import { pointsFile } from '../../bench/points';
import type { StoryRun } from '../../bench/importStory';
import type { BenchResults, ScaleRun } from '../../bench/results';
import { storyFiles } from '../../bench/storyFiles';
import { buildPages, DEFAULTS, measure, servePages, VIEW, VIEW_BBOX, type Servers } from '../../bench/runBench';
import { connect, screenshot } from './harness';

/** One run of every bench measurement at tiny sizes: sane numbers, not budgets (`npm run bench` judges those). */
describe('the bench, one run', () => {
  let servers: Servers;
  let results: BenchResults;

  beforeAll(async () => {
    // globalSetup built the app; the bare reference page has its own build.
    await buildPages({ app: false });
    servers = await servePages();
    results = await measure(await connect(), servers, { ...DEFAULTS, pairs: 1, clicks: 1, pans: 1, sizes: [2000], story: 50, panSteps: () => 3, log: () => {} });
  }, 120_000);
  afterAll(() => servers?.close());

  it('times a cold load of each page', () => {
    const { app, bare, ratioMedian } = results.coldLoad;
    for (const ms of [...app, ...bare]) {
      expect(ms).toBeGreaterThan(50);
      expect(ms).toBeLessThan(60_000);
    }
    expect(ratioMedian).toBeCloseTo(app[0] / bare[0]);
  });

  it('times clicks until the passages are painted, and the bare page\'s frame after the same clicks', () => {
    expect(results.click.times).toHaveLength(1);
    expect(results.clickBare.times).toHaveLength(1);
    for (const ms of [...results.click.times, ...results.clickBare.times]) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(5000);
    }
  });

  it('records the frames of a fly-to', () => {
    expect(results.flyTo.n).toBeGreaterThan(3);
    expect(results.flyTo.median).toBeGreaterThan(0);
    expect(results.flyTo.p95).toBeGreaterThanOrEqual(results.flyTo.median);
  });

  it('times each jump into a new region until its close-in land is drawn', () => {
    expect(results.closeInPan.times).toHaveLength(1);
    for (const ms of results.closeInPan.times) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(30_000);
    }
  });

  it('weighs the first view: both pages load the same basemap, only the app loads story data', () => {
    const { app, bare } = results.bytes;
    expect(app.byCategory['basemap data']).toEqual(bare.byCategory['basemap data']);
    expect(app.byCategory['basemap data'].gzip).toBeGreaterThan(100_000);
    expect(bare.byCategory['story data'].raw).toBe(0);
    for (const category of CATEGORIES) expect(app.byCategory[category].gzip, category).toBeGreaterThan(0);
    for (const page of [app, bare]) {
      expect(page.total.gzip).toBeLessThan(page.total.raw);
      expect(page.files.some((f) => f.path.endsWith('.mjs'))).toBe(true);
    }
  });

  it('imports points into both pages (the app\'s import comes with its tools, after the map)', () => {
    const [run] = results.scale;
    expect(run.count).toBe(2000);
    expect(run.bare.renderedMs).toBeGreaterThan(0);
    expect(run.bare.pan.n).toBeGreaterThan(0);
    // 2000 points is well inside the import's limits: the app must take them.
    expect(run.app).toBeTruthy();
    expect(run.app).not.toHaveProperty('refused');
    expect((run.app as ScaleRun).renderedMs).toBeGreaterThan(0);
    expect((run.app as ScaleRun).pan.n).toBeGreaterThan(0);
  });

  it('imports a story package into the app until the whole story is drawn, and draws its places on the bare page', () => {
    const story = results.story!;
    expect(story.features).toBe(50);
    // 50 features is well inside a package's limits: the app must take it.
    expect(story.app).not.toHaveProperty('refused');
    const app = story.app as StoryRun;
    expect(app.restartMs).toBeGreaterThan(0);
    expect(app.drawnMs).toBeGreaterThan(app.restartMs);
    expect(app.drawnMs).toBeLessThan(60_000);
    // The view the user was at stays (the bare page draws the places there too).
    expect(app.view).toBe(VIEW);
    expect(story.bare.renderedMs).toBeGreaterThan(0);
  });

  it('prints a table with a line per budget', () => {
    const lines = budgets(results);
    const report = formatReport(results, lines);
    // The 100k-point lines appear only when the run imports 100k points.
    expect(lines.map((l) => l.name)).toHaveLength(8);
    expect(report).toContain('| cold load, median of 1 |');
    expect(report).toMatch(/\| first view time, with the new basemap \(median of app\/bare\) \| [\d.]+ × \| ≤ 1\.10 × \| (pass|\*\*FAIL\*\*) \|/);
    expect(report).toMatch(/\| first view bytes \(gzip, the whole view\) \| [\d.]+ KiB \| ≤ 900\.0 KiB \| (pass|\*\*FAIL\*\*) \|/);
    expect(report).toMatch(/\| jump into a new region → close-in land drawn \(slowest\) \| \d+ ms \| ≤ 1000 ms \| (pass|\*\*FAIL\*\*) \|/);
    expect(report).toMatch(/\| app code \(gzip, without MapLibre\) \| [\d.]+ KiB \| ≤ 80\.0 KiB \| (pass|\*\*FAIL\*\*) \|/);
  });

  it('the bare page draws a story package\'s places where they are', async () => {
    const opened = await openMeasured(await connect(), `${servers.bare}#map=8.00/-9.500/121.000`, { viewport: { width: 860, height: 800 } });
    try {
      await importPoints(opened.page, storyFiles(50).geojson, { expectCheckbox: false, panSteps: 0, label: 'Import areas' });
      await screenshot(opened.page, 'bench-bare-areas');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('the bare page draws the basemap at the same view, and imported points on it', async () => {
    const opened = await openMeasured(await connect(), servers.bare + VIEW, { viewport: { width: 860, height: 800 } });
    try {
      await importPoints(opened.page, await pointsFile(2000, VIEW_BBOX), { expectCheckbox: false, panSteps: 1 });
      await screenshot(opened.page, 'bench-bare-points');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
