import { expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const RTL_NAME = 'Naha\u202Etrop\u200B';
const LONG_KEY = 'k'.repeat(50_000);
const DEEP = 200_000;
const point = (properties: string) => `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${properties},"geometry":{"type":"Point","coordinates":[127.67,26.21]}}]}`;

/**
 * GeoJSON files that someone might send a briefer to break the app: right-to-left overrides and
 * zero-width characters in the file's and a feature's names, a 50,000-character key and value,
 * a property nested 200,000 deep. Each is either taken or refused, and the app says which.
 */
export const HOSTILE_GEOJSON = [
  { name: 'ports\u202Egnp\u200B.geojson', text: point(JSON.stringify({ name: RTL_NAME, note: 'abc\u202Edef\u2066\u200Bghi' })) },
  { name: 'long.geojson', text: point(JSON.stringify({ name: 'Long', [LONG_KEY]: 'v'.repeat(50_000) })) },
  { name: 'deep.geojson', text: point(`{"name":"Deep","deep":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`) },
];

/** What the app answers to each of HOSTILE_GEOJSON, word for word: the served build and the single file alike. */
export const HOSTILE_VERDICTS = [
  'Imported "portsgnp.geojson": 1 feature.',
  'Imported "long.geojson": 1 feature.',
  '"deep.geojson" is JSON but not GeoJSON: feature 1 has properties nested more than 64 deep. Nothing was imported.',
];

/**
 * Imports each of HOSTILE_GEOJSON through the page's file picker and returns the verdicts the
 * page shows (the alert or the status naming the file), then the visible layers exported as
 * GeoJSON, read back as JSON.
 */
export async function importHostileGeojson(page: Page): Promise<{ verdicts: string[]; exported: { features: { properties: Record<string, unknown> | null }[] } }> {
  const yourData = page.getByRole('region', { name: 'Your data' });
  const verdicts: string[] = [];
  for (const { name, text } of HOSTILE_GEOJSON) {
    await page.getByLabel('Import data file').setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
    // As shown: the name without its invisible characters.
    const shown = `"${name.replace(/[\u202E\u200B]/g, '')}"`;
    const verdict = async () => {
      const alert = (await yourData.getByRole('alert').locator('p').allTextContents()).join(' ');
      const status = (await yourData.getByRole('status').textContent()) ?? '';
      return alert.includes(shown) ? alert : status.startsWith(`Imported ${shown}`) ? status : '';
    };
    await expect.poll(verdict, { timeout: 30_000 }).not.toBe('');
    verdicts.push(await verdict());
  }
  const [download] = await Promise.all([page.waitForEvent('download'), yourData.getByRole('button', { name: 'Export visible layers (GeoJSON)' }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'hostile-export-')), 'export.geojson');
  await download.saveAs(path);
  return { verdicts, exported: JSON.parse(readFileSync(path, 'utf8')) };
}

/** The features of HOSTILE_GEOJSON's accepted files, as an export must hold them: their data unchanged. */
export function expectHostileExported(exported: { features: { properties: Record<string, unknown> | null }[] }): void {
  const names = exported.features.map((f) => f.properties?.name);
  expect(names).toContain(RTL_NAME);
  expect(names).toContain('Long');
  expect(names).not.toContain('Deep');
  expect(exported.features.find((f) => f.properties?.name === 'Long')!.properties![LONG_KEY]).toBe('v'.repeat(50_000));
}
