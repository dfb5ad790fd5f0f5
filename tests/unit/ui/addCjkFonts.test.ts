import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCjkFonts } from '../../../src/ui/addCjkFonts';

describe('addCjkFonts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('declares each font file under its script\'s family, with its characters and an address on the page\'s origin, loading none', () => {
    const added: { family: string; source: string; descriptors: FontFaceDescriptors; loaded: boolean }[] = [];
    vi.stubGlobal(
      'FontFace',
      class {
        loaded = false;
        constructor(
          public family: string,
          public source: string,
          public descriptors: FontFaceDescriptors,
        ) {}
        load() {
          this.loaded = true;
        }
      },
    );
    vi.stubGlobal('document', { fonts: { add: (face: (typeof added)[number]) => added.push(face) } });
    addCjkFonts(
      [
        { script: 'ja', url: 'fonts/noto-sans-jp-labels-100.abc.woff2', range: 'U+5C16,U+95A3' },
        { script: 'zh-Hant', url: 'fonts/noto-sans-tc-labels-7.def.woff2', range: 'U+91E3' },
      ],
      'http://127.0.0.1:4173/app/index.html',
    );
    expect(added.map(({ family, source, descriptors, loaded }) => ({ family, source, unicodeRange: descriptors.unicodeRange, loaded }))).toEqual([
      { family: 'Noto Sans JP Labels', source: 'url("http://127.0.0.1:4173/app/fonts/noto-sans-jp-labels-100.abc.woff2") format("woff2")', unicodeRange: 'U+5C16,U+95A3', loaded: false },
      { family: 'Noto Sans TC Labels', source: 'url("http://127.0.0.1:4173/app/fonts/noto-sans-tc-labels-7.def.woff2") format("woff2")', unicodeRange: 'U+91E3', loaded: false },
    ]);
  });
});
