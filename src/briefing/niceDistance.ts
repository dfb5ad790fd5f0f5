/**
 * The largest "round" distance (1, 2 or 5 × a power of ten metres) not over `maxMetres`, for a
 * scale bar, with its label.
 *
 * @example
 * niceDistance(3700) // { metres: 2000, label: '2 km' }
 * niceDistance(740) // { metres: 500, label: '500 m' }
 */
export function niceDistance(maxMetres: number): { metres: number; label: string } {
  if (!(maxMetres > 0) || !Number.isFinite(maxMetres)) return { metres: 0, label: '' };
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('en')} km` : `${metres} m`;
  return { metres, label };
}
