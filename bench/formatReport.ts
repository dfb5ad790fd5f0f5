import type { BudgetLine } from './budgets';
import { CATEGORIES } from './categoryOf';
import type { Weight } from './firstViewBytes';
import type { AppScaleRun, BenchResults, ScaleRun } from './results';
import { ratios } from './stats';

const SKIPPED = 'skipped: no user-layer import in this build';
const ms = (n: number) => `${Math.round(n)} ms`;
const kib = (n: number) => `${(n / 1024).toFixed(1)}`;
const weight = (w: Weight) => `${kib(w.raw)} / ${kib(w.gzip)} KiB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
const count = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** The lowest and highest of `values`, e.g. "1.31–1.62". */
const spread = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The bench's results as two Markdown tables (what was measured, app beside bare; then the
 * budgets, pass or fail), ready for the terminal and docs/performance-log.md.
 */
export function formatReport(r: BenchResults, lines: BudgetLine[]): string {
  const c = r.coldLoad;
  const rows: string[][] = [
    [
      `cold load, median of ${c.app.length}`,
      ms(c.appMedian),
      ms(c.bareMedian),
      `${c.ratioMedian.toFixed(2)} × (median of pair ratios; ${spread(ratios(c.app, c.bare))})`,
    ],
    [
      `click → passages painted (bare: → next frame), median / p95 of ${r.click.n} (bare ${r.clickBare.n})`,
      `${ms(r.click.median)} / ${ms(r.click.p95)}`,
      `${ms(r.clickBare.median)} / ${ms(r.clickBare.p95)}`,
      ratio(r.click.median, r.clickBare.median),
    ],
    [`fly-to frame time, median / p95 of ${r.flyTo.n} frames`, `${ms(r.flyTo.median)} / ${ms(r.flyTo.p95)}`, '', ''],
    [`jump at zoom 8 → close-in land drawn, median / max of ${r.closeInPan.n}`, `${ms(r.closeInPan.median)} / ${ms(Math.max(...r.closeInPan.times))}`, '', ''],
  ];
  for (const category of CATEGORIES) {
    const a = r.bytes.app.byCategory[category];
    const b = r.bytes.bare.byCategory[category];
    rows.push([`first view: ${category} (raw / gzip)`, weight(a), weight(b), b.gzip ? ratio(a.gzip, b.gzip) : '']);
  }
  rows.push(['first view: total (raw / gzip)', weight(r.bytes.app.total), weight(r.bytes.bare.total), ratio(r.bytes.app.total.gzip, r.bytes.bare.total.gzip)]);
  const scale = (run: AppScaleRun, f: (s: ScaleRun) => string) => (!run ? SKIPPED : 'refused' in run ? `refused: ${run.refused}` : f(run));
  const measured = (run: AppScaleRun): run is ScaleRun => !!run && !('refused' in run);
  for (const s of r.scale) {
    rows.push([
      `${count(s.count)} points: import → rendered`,
      scale(s.app, (a) => ms(a.renderedMs)),
      ms(s.bare.renderedMs),
      measured(s.app) ? ratio(s.app.renderedMs, s.bare.renderedMs) : '',
    ]);
    rows.push([
      `${count(s.count)} points: longest main-thread task during the import`,
      scale(s.app, (a) => ms(a.longestTaskMs)),
      ms(s.bare.longestTaskMs),
      measured(s.app) ? ratio(s.app.longestTaskMs, s.bare.longestTaskMs) : '',
    ]);
    rows.push([
      `${count(s.count)} points: pan frame median / p95`,
      scale(s.app, (a) => `${ms(a.pan.median)} / ${ms(a.pan.p95)}`),
      `${ms(s.bare.pan.median)} / ${ms(s.bare.pan.p95)}`,
      measured(s.app) ? ratio(s.app.pan.p95, s.bare.pan.p95) : '',
    ]);
  }
  const story = r.story;
  if (story) {
    const app = 'refused' in story.app ? null : story.app;
    const refused = 'refused' in story.app ? `refused: ${story.app.refused}` : '';
    const name = `story package of ${count(story.features)} features`;
    rows.push([`${name}: choice → page started with it`, app ? ms(app.restartMs) : refused, '', '']);
    rows.push([`${name}: choice → whole story drawn (bare: its places' GeoJSON → drawn)`, app ? ms(app.drawnMs) : refused, ms(story.bare.renderedMs), app ? ratio(app.drawnMs, story.bare.renderedMs) : '']);
    rows.push([`${name}: longest main-thread task`, app ? ms(app.longestTaskMs) : refused, ms(story.bare.longestTaskMs), app ? ratio(app.longestTaskMs, story.bare.longestTaskMs) : '']);
  }
  const budgetRows = lines.map((l) => [l.name, l.measured, l.limit, l.pass === null ? 'skipped' : l.pass ? 'pass' : '**FAIL**']);
  return [
    `Bench of ${r.date.slice(0, 10)}: Chromium ${r.environment.chromium}, WebGL by ${r.environment.webgl}, ${r.environment.cpus} CPUs, view ${r.view}`,
    '',
    table(['measure', 'app', 'bare MapLibre', 'app / bare'], rows),
    '',
    table(['budget', 'measured', 'limit', 'result'], budgetRows),
  ].join('\n');
}
