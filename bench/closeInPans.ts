import type { Page } from 'playwright-core';
import { MAP } from './page';

/**
 * Views at zoom 8 in different cells of OSM's close-in land (see src/map/detailLand.ts), each one
 * the page has not loaded yet: Luzon, Taiwan, Hainan, the Spratlys, Darwin.
 */
export const CLOSE_IN_VIEWS: [lon: number, lat: number][] = [
  [121, 14.6],
  [121.5, 24.8],
  [109.7, 19.2],
  [114.4, 10.4],
  [130.8, -12.4],
];

/**
 * Jumps the app's map to each of `views` at zoom 8 in turn, and returns the ms from the jump to
 * the frame in which the view's centre lies in a close-in cell the map has drawn (the cell's
 * square and its land come in one file, so its land is drawn by then). Each jump waits until the
 * view before it is drawn (MapLibre's `idle`), as a reader looks at a view before moving on: the
 * first jump would otherwise also wait for the rest of the view the bench flew to.
 */
export async function closeInPans(page: Page, views: [number, number][]): Promise<number[]> {
  const times: number[] = [];
  for (const center of views) {
    times.push(
      await page.evaluate(
        ([selector, c]) =>
          new Promise<number>((resolve, reject) => {
            const map = (document.querySelector(selector) as HTMLElement & {
              maplibre: {
                loaded(): boolean;
                once(event: 'idle', listener: () => void): void;
                jumpTo(o: object): void;
                getCanvas(): HTMLCanvasElement;
                queryRenderedFeatures(p: [number, number], o: object): unknown[];
              };
            }).maplibre;
            const jump = () => {
              const started = performance.now();
              map.jumpTo({ center: c, zoom: 8 });
              const canvas = map.getCanvas();
              const middle: [number, number] = [canvas.clientWidth / 2, canvas.clientHeight / 2];
              const check = () => {
                if (map.queryRenderedFeatures(middle, { layers: ['land-osm-cover'] }).length) return resolve(performance.now() - started);
                if (performance.now() - started > 30_000) return reject(new Error(`no close-in land at ${c.join(', ')} after 30 s`));
                requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            };
            if (map.loaded()) jump();
            else map.once('idle', jump);
          }),
        [MAP, center] as const,
      ),
    );
  }
  return times;
}
