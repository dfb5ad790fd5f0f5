/**
 * How far ahead (negative) or behind (positive) of a target length a talk is, in seconds, with
 * the target spread evenly over the slides: arriving at slide `index` early counts as ahead, and
 * staying on a slide past its share counts as falling behind.
 *
 * @example
 * pace({ elapsed: 130, onSlide: 10, index: 2, count: 10, targetMinutes: 10 }) // 130 - 10 - 120 = 0: on time
 */
export function pace(t: { elapsed: number; onSlide: number; index: number; count: number; targetMinutes: number }): number {
  const share = (t.targetMinutes * 60) / t.count;
  const arrived = t.elapsed - t.onSlide;
  return arrived - share * t.index + Math.max(0, t.onSlide - share);
}

/** Seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.floor(Math.abs(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "2:05 behind", "0:40 ahead" or "on time" (within 5 seconds). */
export function paceText(delta: number): string {
  if (Math.abs(delta) < 5) return 'on time';
  return `${clock(delta)} ${delta > 0 ? 'behind' : 'ahead'}`;
}
