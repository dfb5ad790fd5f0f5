import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testsThatMock } from '../../../scripts/testsThatMock';

// Written in two parts so that this file is not itself counted as one that mocks.
const MOCK = 'vi.' + 'mock';
const DO_MOCK = 'vi.' + 'doMock';

describe('testsThatMock', () => {
  it('lists the test files that replace a module, in every folder below the ones named, and no other file', () => {
    const root = mkdtempSync(join(tmpdir(), 'mocks-'));
    mkdirSync(join(root, 'tests/unit/map'), { recursive: true });
    mkdirSync(join(root, 'src/state'), { recursive: true });
    mkdirSync(join(root, 'other'), { recursive: true });
    writeFileSync(join(root, 'tests/unit/map/a.test.ts'), `${MOCK}('virtual:data-files', () => ({}));`);
    writeFileSync(join(root, 'src/state/b.test.ts'), `await ${DO_MOCK}('./x');`);
    writeFileSync(join(root, 'tests/unit/map/plain.test.ts'), "vi.fn(); vi.stubGlobal('fetch', f);");
    writeFileSync(join(root, 'tests/unit/map/helper.ts'), `${MOCK}('./y');`);
    writeFileSync(join(root, 'other/c.test.ts'), `${MOCK}('./z');`);
    expect(testsThatMock(root, ['tests/unit', 'src'])).toEqual(['src/state/b.test.ts', 'tests/unit/map/a.test.ts']);
  });

  it('finds this repository\'s own', () => {
    const root = join(import.meta.dirname, '../../..');
    const found = testsThatMock(root, ['tests/unit', 'src']);
    expect(found).toContain('tests/unit/state/openStory.test.ts');
    expect(found).not.toContain('tests/unit/scripts/testsThatMock.test.ts');
  });
});
