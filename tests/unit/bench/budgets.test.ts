import { describe, expect, it } from 'vitest';
import { budgets } from '../../../bench/budgets';
import { formatReport } from '../../../bench/formatReport';
import { CATEGORIES, type Category } from '../../../bench/categoryOf';
import type { BenchResults } from '../../../bench/results';

const weigh = (gzip: number) => ({ raw: gzip * 3, gzip });
const bytes = (byCategory: Partial<Record<Category, number>>) => {
  const all = Object.fromEntries(CATEGORIES.map((c) => [c, weigh(byCategory[c] ?? 0)])) as Record<Category, { raw: number; gzip: number }>;
  const gzip = Object.values(all).reduce((n, w) => n + w.gzip, 0);
  return { total: weigh(gzip), byCategory: all, files: [] };
};
const summary = (median: number, p95: number) => ({ n: 20, median, p95 });

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    date: '2026-01-01T00:00:00.000Z',
    environment: { chromium: '1', webgl: 'SwiftShader', cpus: 2, node: 'v20' },
    view: '#map=2.30/5.000/131.000',
    coldLoad: { app: [1100, 1100], bare: [1000, 1000], appMedian: 1100, bareMedian: 1000, ratioMedian: 1.1 },
    click: { ...summary(50, 70), times: [] },
    clickBare: { ...summary(40, 60), times: [] },
    flyTo: summary(17, 30),
    closeInPan: { ...summary(500, 900), times: [400, 1000] },
    bytes: { app: bytes({ 'app code': 80 * 1024, MapLibre: 820 * 1024 }), bare: bytes({ MapLibre: 820 * 1024, 'app code': 40 * 1024 }) },
    scale: [{ count: 100_000, app: { renderedMs: 3000, longestTaskMs: 60, pan: summary(30, 80) }, bare: { renderedMs: 1000, longestTaskMs: 60, pan: summary(20, 40) } }],
    story: null,
    ...overrides,
  };
}

describe('budgets', () => {
  it('passes every line exactly at its limit', () => {
    const lines = budgets(results());
    expect(lines.map((l) => l.name)).toEqual([
      'cold load (median of app/bare)',
      'first view time, with the new basemap (median of app/bare)',
      'click → passages (median)',
      'jump into a new region → close-in land drawn (slowest)',
      'app code (gzip, without MapLibre)',
      'first view bytes (raw, app/bare)',
      'first view bytes (gzip, app/bare)',
      'first view bytes (gzip, the whole view)',
      '100k points: import → rendered',
      '100k points: pan p95 frame (app/bare)',
    ]);
    expect(lines.map((l) => l.pass)).toEqual(Array(10).fill(true));
    expect(lines.find((l) => l.name.endsWith('the whole view)'))).toMatchObject({ measured: '900.0 KiB', limit: '≤ 900.0 KiB' });
  });

  it('fails each line just past its limit', () => {
    const lines = budgets(
      results({
        coldLoad: { app: [1160], bare: [1000], appMedian: 1160, bareMedian: 1000, ratioMedian: 1.16 },
        click: { ...summary(51, 70), times: [] },
        closeInPan: { ...summary(500, 900), times: [400, 1001] },
        bytes: { app: bytes({ 'app code': 80 * 1024 + 1, MapLibre: 820 * 1024 }), bare: bytes({ MapLibre: 820 * 1024 }) },
        scale: [{ count: 100_000, app: { renderedMs: 3001, longestTaskMs: 60, pan: summary(30, 81) }, bare: { renderedMs: 1000, longestTaskMs: 60, pan: summary(20, 40) } }],
      }),
    );
    expect(lines.map((l) => l.pass)).toEqual(Array(10).fill(false));
  });

  it("holds the first view to #15's 1.10 ×, tighter than #6's 1.15 × for the cold load", () => {
    const cold = (ratioMedian: number) =>
      budgets(results({ coldLoad: { app: [1000 * ratioMedian], bare: [1000], appMedian: 1000 * ratioMedian, bareMedian: 1000, ratioMedian } }))
        .slice(0, 2)
        .map((l) => [l.limit, l.pass]);
    expect(cold(1.1)).toEqual([['≤ 1.15 ×', true], ['≤ 1.10 ×', true]]);
    expect(cold(1.11)).toEqual([['≤ 1.15 ×', true], ['≤ 1.10 ×', false]]);
  });

  it('says the scale lines were skipped when the app has no user-layer import', () => {
    const lines = budgets(results({ scale: [{ count: 100_000, app: null, bare: { renderedMs: 1000, longestTaskMs: 60, pan: summary(20, 40) } }] }));
    const scale = lines.filter((l) => l.name.startsWith('100k'));
    expect(scale.map((l) => [l.pass, l.measured])).toEqual([
      [null, 'skipped: no user-layer import in this build'],
      [null, 'skipped: no user-layer import in this build'],
    ]);
  });
});

it('fails the scale lines when the app refuses the file, and says why', () => {
  const refused = { refused: '"points-100000.geojson" is too large' };
  const r = results({ scale: [{ count: 100_000, app: refused, bare: { renderedMs: 1000, longestTaskMs: 60, pan: summary(20, 40) } }] });
  const scale = budgets(r).filter((l) => l.name.startsWith('100k'));
  expect(scale.map((l) => [l.pass, l.measured])).toEqual([
    [false, 'refused: "points-100000.geojson" is too large'],
    [false, 'refused: "points-100000.geojson" is too large'],
  ]);
  expect(formatReport(r, budgets(r))).toContain('| 100k points: import → rendered | refused: "points-100000.geojson" is too large | 1000 ms |  |');
});

describe('the million-point budgets', () => {
  const bare = { renderedMs: 40_000, longestTaskMs: 900, pan: summary(700, 1400) };
  const million = (renderedMs: number, p95: number, longestTaskMs: number) =>
    budgets(results({ scale: [{ count: 1_000_000, app: { renderedMs, longestTaskMs, pan: summary(100, p95) }, bare }] })).filter((l) => l.name.startsWith('1M'));

  it('pass at half the bare import time, the bare pan p95 and a 100 ms longest task', () => {
    expect(million(20_000, 1400, 100).map((l) => [l.name, l.measured, l.pass])).toEqual([
      ['1M points: import → rendered (app/bare)', '0.50 ×', true],
      ['1M points: pan p95 frame (app/bare)', '1.00 ×', true],
      ['1M points: longest main-thread task during the import', '100 ms', true],
    ]);
  });

  it('fail just past them', () => {
    expect(million(20_001, 1401, 101).map((l) => l.pass)).toEqual([false, false, false]);
  });

  it('fail when the app refuses the file', () => {
    const r = budgets(results({ scale: [{ count: 1_000_000, app: { refused: 'too large' }, bare }] })).filter((l) => l.name.startsWith('1M'));
    expect(r.map((l) => [l.pass, l.measured])).toEqual([
      [false, 'refused: too large'],
      [false, 'refused: too large'],
      [false, 'refused: too large'],
    ]);
  });
});

describe('the story package budget (#17)', () => {
  const bare = { renderedMs: 3300, longestTaskMs: 500 };
  const storyLine = (features: number, app: NonNullable<BenchResults['story']>['app']) => {
    const r = results({ story: { features, app, bare } });
    return { lines: budgets(r).filter((l) => l.name.includes('story package')), report: formatReport(r, budgets(r)) };
  };
  const run = (drawnMs: number) => ({ restartMs: 4000, drawnMs, longestTaskMs: 800, view: '#map=6.00/-14.000/125.000' });

  it('judges a package of the most features a story may have: 5 s from the choice to the whole story drawn', () => {
    expect(storyLine(10_000, run(5000)).lines.map((l) => [l.name, l.measured, l.limit, l.pass])).toEqual([
      ['10,000-feature story package: choice → whole story drawn', '5000 ms', '≤ 5000 ms', true],
    ]);
    expect(storyLine(10_000, run(5001)).lines.map((l) => l.pass)).toEqual([false]);
  });

  it('fails when the app refuses the package, and says why', () => {
    expect(storyLine(10_000, { refused: 'too large' }).lines.map((l) => [l.measured, l.pass])).toEqual([['refused: too large', false]]);
  });

  it('reports a smaller package beside the bare page without judging it', () => {
    const { lines, report } = storyLine(50, run(6000));
    expect(lines).toEqual([]);
    expect(report).toContain('| story package of 50 features: choice → page started with it | 4000 ms |  |  |');
    expect(report).toContain("| story package of 50 features: choice → whole story drawn (bare: its places' GeoJSON → drawn) | 6000 ms | 3300 ms | 1.82 × |");
    expect(report).toContain('| story package of 50 features: longest main-thread task | 800 ms | 500 ms | 1.60 × |');
  });
});

describe('formatReport', () => {
  it('prints the measures beside the bare page, then each budget with its result', () => {
    const r = results({
      coldLoad: { app: [1100, 1200], bare: [1000, 1000], appMedian: 1150, bareMedian: 1000, ratioMedian: 1.15 },
      scale: [{ count: 100_000, app: null, bare: { renderedMs: 2832, longestTaskMs: 60, pan: summary(217, 365) } }],
    });
    const report = formatReport(r, budgets(r));
    expect(report).toContain('| cold load, median of 2 | 1150 ms | 1000 ms | 1.15 × (median of pair ratios; 1.10–1.20) |');
    expect(report).toContain('| first view: app code (raw / gzip) | 240.0 / 80.0 KiB | 120.0 / 40.0 KiB | 2.00 × |');
    expect(report).toContain('| 100k points: import → rendered | skipped: no user-layer import in this build | 2832 ms |  |');
    expect(report).toContain('| click → passages (median) | 50 ms | ≤ 50 ms | pass |');
    expect(report).toContain('| first view time, with the new basemap (median of app/bare) | 1.15 × | ≤ 1.10 × | **FAIL** |');
    expect(report).toContain('| 100k points: pan p95 frame (app/bare) | skipped: no user-layer import in this build | ≤ 2.00 × | skipped |');
  });

  it('marks a failed budget so it stands out', () => {
    const r = results({ click: { ...summary(104, 287), times: [] } });
    expect(formatReport(r, budgets(r))).toContain('| click → passages (median) | 104 ms | ≤ 50 ms | **FAIL** |');
  });
});
