import type { Marking } from './marking';
import { niceDistance } from './niceDistance';

export interface ImageParts {
  /** The map as drawn, at some pixel ratio. */
  map: HTMLCanvasElement;
  /** The map's width on screen in CSS pixels (to scale the scale bar). */
  mapCssWidth: number;
  /** Ground metres per CSS pixel at the map's centre. */
  metersPerPixel: number;
  title: string;
  legend: { title: string; color: string }[];
  attribution: string;
  marking: Marking;
}

/** Output width: a slide-sized image, never narrower than 1600 px. */
export const MIN_WIDTH = 1600;
const FONT = '"Noto Sans", system-ui, sans-serif';

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Where things go in a composed image of a `mapWidth` × `mapHeight` map, in output pixels. */
function layout(mapWidth: number, mapHeight: number) {
  const width = Math.max(MIN_WIDTH, mapWidth);
  const u = width / MIN_WIDTH; // unit: sizes below are for a 1600 px image
  const banner = Math.round(44 * u);
  const head = Math.round(96 * u);
  const mapHeightOut = Math.round((mapHeight * width) / mapWidth);
  const foot = Math.round(128 * u);
  return { width, u, banner, head, mapHeight: mapHeightOut, foot, height: banner * 2 + head + mapHeightOut + foot };
}

/**
 * The map's part of a composed image, as fractions of the image's height (it spans the whole
 * width): where the presenter window lays its pointer over the picture.
 */
export function mapArea(mapWidth: number, mapHeight: number): { top: number; height: number } {
  const l = layout(mapWidth, mapHeight);
  return { top: (l.banner + l.head) / l.height, height: l.mapHeight / l.height };
}

/**
 * One image of the view composed as a slide: marking banner, title, the map, legend, scale bar,
 * attribution, marking banner. At least MIN_WIDTH pixels wide.
 */
export function composeImage(parts: ImageParts): HTMLCanvasElement {
  const { width, u, banner, head, mapHeight, foot, height } = layout(parts.map.width, parts.map.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const pad = 40 * u;

  const drawBanner = (y: number) => {
    ctx.fillStyle = parts.marking.background;
    ctx.fillRect(0, y, width, banner);
    ctx.fillStyle = parts.marking.color;
    ctx.font = `600 ${26 * u}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(parts.marking.text, width / 2, y + banner / 2);
    ctx.textAlign = 'left';
  };

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, canvas.height);
  drawBanner(0);

  ctx.fillStyle = '#000000';
  ctx.font = `600 ${44 * u}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, parts.title, width - 2 * pad), pad, banner + head / 2);

  const mapTop = banner + head;
  ctx.drawImage(parts.map, 0, mapTop, width, mapHeight);
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = 2 * u;
  ctx.strokeRect(0, mapTop, width, mapHeight);

  // Legend: a swatch and title per visible layer, in a row that wraps.
  const footTop = mapTop + mapHeight;
  ctx.font = `${22 * u}px ${FONT}`;
  let x = pad;
  let y = footTop + 30 * u;
  for (const item of parts.legend) {
    const w = 30 * u + ctx.measureText(item.title).width + 36 * u;
    if (x + w > width * 0.68) {
      x = pad;
      y += 34 * u;
    }
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y - 11 * u, 22 * u, 22 * u);
    ctx.strokeRect(x, y - 11 * u, 22 * u, 22 * u);
    ctx.fillStyle = '#000000';
    ctx.fillText(item.title, x + 30 * u, y);
    x += w;
  }

  // Scale bar, bottom right: metres per output pixel from metres per CSS pixel.
  const metresPerOut = (parts.metersPerPixel * parts.mapCssWidth) / width;
  const { metres, label } = niceDistance(300 * u * metresPerOut);
  if (metres > 0) {
    const length = metres / metresPerOut;
    const right = width - pad;
    const base = footTop + 56 * u;
    ctx.lineWidth = 3 * u;
    ctx.beginPath();
    ctx.moveTo(right - length, base - 12 * u);
    ctx.lineTo(right - length, base);
    ctx.lineTo(right, base);
    ctx.lineTo(right, base - 12 * u);
    ctx.stroke();
    ctx.textAlign = 'right';
    ctx.fillText(`${label} (at the centre)`, right, base - 26 * u);
    ctx.textAlign = 'left';
  }

  ctx.font = `${17 * u}px ${FONT}`;
  ctx.fillStyle = '#333333';
  ctx.fillText(fitText(ctx, parts.attribution, width - 2 * pad), pad, footTop + foot - 24 * u);

  drawBanner(canvas.height - banner);
  return canvas;
}
