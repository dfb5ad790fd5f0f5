import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every file the app's bundle is made from. */
const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter((f) => /\.(ts|svelte|css)$/.test(f));

/** The packages a file takes code or files from (type-only imports ship nothing). */
function packagesUsed(text: string): string[] {
  const specifiers = [
    ...[...text.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]),
    ...[...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/url\((@[^)]+)\)/g)].map((m) => m[1]),
  ];
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('virtual:') && !s.startsWith('/'))
    .map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/').replace(/\?.*$/, ''));
}

describe('package.json', () => {
  const shipped = new Set(sources.flatMap((f) => packagesUsed(readFileSync(join(root, 'src', f), 'utf8'))));

  it('lists under "dependencies" every package whose code or files ship to the browser (so a production audit checks them)', () => {
    expect(shipped.size).toBeGreaterThan(5);
    for (const name of shipped) expect(pkg.dependencies, name).toHaveProperty([name]);
  });

  it('pins every package exactly', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
