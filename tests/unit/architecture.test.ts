import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every module under src/, as a path relative to it. */
function modules(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [relative(SRC, path)] : [];
  });
}

/** The relative imports of a module's source (static, dynamic and re-exports), as paths under src/. */
export function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    found.push(relative(SRC, resolve(SRC, dirname(file), m[1])));
  }
  return found;
}

/**
 * The folders of src/, top to bottom: a module may import its own folder or any folder below its
 * own, never one above nor a sibling on its own level. The files at src/'s root (the entry, App,
 * the lazy chunk) sit on top.
 */
export const LEVELS: readonly (readonly string[])[] = [['.'], ['ui'], ['briefing', 'explore', 'editor'], ['state'], ['map'], ['story'], ['security']];

const folderOf = (path: string) => (path.includes('/') ? path.split('/')[0] : '.');
const levelOf = (folder: string) => LEVELS.findIndex((level) => level.includes(folder));

/** The imports that break the order above, as "from -> to" lines. */
export function upwardImports(files: { path: string; source: string }[]): string[] {
  const bad: string[] = [];
  for (const { path, source } of files) {
    const from = folderOf(path);
    for (const target of importsOf(path, source)) {
      // A stylesheet is no module: it may sit beside the entry that loads it.
      if (target.endsWith('.css')) continue;
      const to = folderOf(target);
      if (to === from) continue;
      if (levelOf(from) < 0 || levelOf(to) < 0 || levelOf(to) <= levelOf(from)) bad.push(`${path} -> ${target}`);
    }
  }
  return bad;
}

const all = modules().map((path) => ({ path, source: readFileSync(join(SRC, path), 'utf8') }));

describe('imports point down: ui -> briefing/explore/editor -> state -> map -> story -> security', () => {
  it('holds for every module in src/', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(upwardImports(all)).toEqual([]);
  });

  it('catches an upward import, a sibling import, a dynamic import and a folder with no level', () => {
    expect(upwardImports([{ path: 'story/x.ts', source: "import type { Deck } from '../briefing/deck';" }])).toEqual(['story/x.ts -> briefing/deck']);
    expect(upwardImports([{ path: 'briefing/x.ts', source: "export { a } from '../explore/a';" }])).toEqual(['briefing/x.ts -> explore/a']);
    expect(upwardImports([{ path: 'map/x.ts', source: "const m = import('../state/s');" }])).toEqual(['map/x.ts -> state/s']);
    expect(upwardImports([{ path: 'ui/x.svelte', source: "import type { Tools } from '../tools';" }])).toEqual(['ui/x.svelte -> tools']);
    expect(upwardImports([{ path: 'newfolder/x.ts', source: "import { a } from '../story/a';" }])).toEqual(['newfolder/x.ts -> story/a']);
    expect(upwardImports([{ path: 'ui/x.ts', source: "import { a } from '../security/a';\nimport b from './b';" }])).toEqual([]);
  });
});

describe('one map listener for pointer events', () => {
  // The events that say what is under the pointer (a press that stops a camera move is no pick).
  const POINTER = /\.(on|once)\(\s*['"](click|dblclick|mousemove|mouseover|mouseout|mouseenter|mouseleave|contextmenu|boxzoomcancel|touchend)['"]/g;
  const listeners = (source: string) => [...source.matchAll(POINTER)].map((m) => m[2]);

  it('lives in the map owner (ui/MapView.svelte) alone', () => {
    const elsewhere = all.filter((f) => f.path !== 'ui/MapView.svelte' && listeners(f.source).length > 0).map((f) => f.path);
    expect(elsewhere).toEqual([]);
    expect(listeners(all.find((f) => f.path === 'ui/MapView.svelte')!.source).sort()).toEqual(['boxzoomcancel', 'click', 'mousemove', 'mouseout']);
  });

  it('would see a second one', () => {
    expect(listeners("map.on('click', onClick); map.once( \"mousemove\", f)")).toEqual(['click', 'mousemove']);
  });
});

describe("MapLibre's URL protocols", () => {
  const registrations = (source: string) => [...source.matchAll(/\baddProtocol\(\s*([A-Z_]+)/g)].map((m) => m[1]);

  it('are registered by the map owner (ui/MapView.svelte) alone, once each', () => {
    expect(all.filter((f) => f.path !== 'ui/MapView.svelte' && registrations(f.source).length > 0).map((f) => f.path)).toEqual([]);
    expect(registrations(all.find((f) => f.path === 'ui/MapView.svelte')!.source).sort()).toEqual(['POINTS_SCHEME', 'STORY_SCHEME', 'TILESET_SCHEME']);
  });
});
