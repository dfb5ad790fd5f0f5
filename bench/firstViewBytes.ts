import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { CATEGORIES, categoryOf, type Category } from './categoryOf';
import type { Target } from './coldLoad';
import { openMeasured } from './page';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface FirstViewBytes {
  total: Weight;
  byCategory: Record<Category, Weight>;
  files: { path: string; category: Category; raw: number; gzip: number }[];
}

/** Bytes on the wire with gzip (level 6, as servers use); a file gzip cannot shrink (woff2) goes as it is. */
export const gzipSize = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 6 }).length);

/**
 * Everything the page at `target` fetched over the network (page and workers) for its first view,
 * in a fresh context: every request that started before the map was first ready (what a page
 * loads after that, e.g. the app's tools, is not part of the first view), per file and per group,
 * raw and gzipped.
 */
export async function firstViewBytes(browser: Browser, target: Target): Promise<FirstViewBytes> {
  const finished: Request[] = [];
  const opened = await openMeasured(browser, target.url, {
    viewport: target.viewport,
    onContext: (context) => context.on('requestfinished', (r) => finished.push(r)),
  });
  try {
    // Request times are wall-clock milliseconds; the page's ready time is from its time origin.
    const readyAtEpoch = await opened.page.evaluate((readyAt) => performance.timeOrigin + readyAt, opened.readyAt);
    const requests = finished.filter((r) => r.timing().startTime <= readyAtEpoch);
    const files: FirstViewBytes['files'] = [];
    const seen = new Set<string>();
    for (const request of requests) {
      const response = await request.response();
      // A second request for a file this load already fetched comes from the browser's cache (the
      // server marks every hashed file immutable): nothing crosses the network.
      if (!response || response.status() !== 200 || seen.has(request.url())) continue;
      seen.add(request.url());
      const body = await response.body();
      const path = new URL(request.url()).pathname;
      files.push({ path, category: categoryOf(path), raw: body.length, gzip: gzipSize(body) });
    }
    const sum = (list: Weight[]): Weight => ({
      raw: list.reduce((n, f) => n + f.raw, 0),
      gzip: list.reduce((n, f) => n + f.gzip, 0),
    });
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, sum(files.filter((f) => f.category === c))])) as Record<
      Category,
      Weight
    >;
    return { total: sum(files), byCategory, files };
  } finally {
    await opened.close();
  }
}
