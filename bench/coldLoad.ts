import type { Browser } from 'playwright-core';
import { openMeasured, type Viewport } from './page';

export interface Target {
  url: string;
  viewport: Viewport;
}

/**
 * Cold loads of two pages side by side: `pairs` times each, alternating which goes first, every
 * load in a fresh browser context. Returns each page's times (ms from navigation to the map's
 * first aria-busy="false"), in pair order, so that a[i] / b[i] compares runs made moments apart.
 */
export async function coldLoads(browser: Browser, a: Target, b: Target, pairs: number): Promise<{ a: number[]; b: number[] }> {
  const times = { a: [] as number[], b: [] as number[] };
  const load = async (target: Target) => {
    const opened = await openMeasured(browser, target.url, { viewport: target.viewport });
    await opened.close();
    return opened.readyAt;
  };
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      times.a.push(await load(a));
      times.b.push(await load(b));
    } else {
      times.b.push(await load(b));
      times.a.push(await load(a));
    }
  }
  return times;
}
