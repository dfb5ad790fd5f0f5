import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from '../../browser/globalSetup';

/** The features the installed playwright-core turns off, read from its bundled source. */
function playwrightDisabledFeatures(): string[] {
  const lib = dirname(createRequire(import.meta.url).resolve('playwright-core'));
  const source = readFileSync(join(lib, 'lib', 'coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(source);
  if (!list) throw new Error('playwright-core no longer lists its disabled features where this test looks');
  return [...list[1].replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

describe('the test browser\'s switches', () => {
  it('repeat every feature playwright-core turns off, since Chromium reads only the last --disable-features', () => {
    const installed = playwrightDisabledFeatures();
    expect(installed.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(installed));
  });

  it('give one --disable-features, with the window\'s address-bar popup off', () => {
    const lists = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(lists).toHaveLength(1);
    const features = lists[0].slice('--disable-features='.length).split(',');
    expect(features).toEqual(expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'PreloadTopChromeWebUI']));
  });
});
