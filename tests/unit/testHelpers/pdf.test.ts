import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { pageObjects, pdfPages } from '../../browser/pdf';

/** A PDF laid out as Skia writes one: a page tree, pages with XObject resources, one form holding a picture. */
function samplePdf(): Buffer {
  const red = deflateSync(Buffer.from([0xe4, 0x00, 0x2b, 0xff, 0xff, 0xff]));
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
  const parts: (string | Buffer)[] = [
    '%PDF-1.4\n',
    '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R>>\nendobj\n',
    '2 0 obj\n<</Type /Pages\n/Kids [3 0 R 9 0 R 4 0 R]\n/Count 3>>\nendobj\n',
    '9 0 obj\n<</Type /Pages\n/Kids [10 0 R]>>\nendobj\n',
    '3 0 obj\n<</Type /Page\n/Resources <</ProcSet [/PDF /ImageC]\n/XObject <</X5 5 0 R>>>>\n/Parent 2 0 R>>\nendobj\n',
    '10 0 obj\n<</Type /Page\n/Resources 11 0 R\n/Parent 9 0 R>>\nendobj\n',
    '11 0 obj\n<</XObject <</X7 7 0 R>>>>\nendobj\n',
    '4 0 obj\n<</Type /Page\n/Resources <</ProcSet [/PDF]>>\n/Parent 2 0 R>>\nendobj\n',
    `5 0 obj\n<</Type /XObject\n/Subtype /Image\n/Width 2\n/Height 1\n/ColorSpace /DeviceRGB\n/BitsPerComponent 8\n/Filter /FlateDecode\n/Length ${red.length}>> stream\n`,
    red,
    '\nendstream\nendobj\n',
    '7 0 obj\n<</Type /XObject\n/Subtype /Form\n/Resources <</XObject <</X8 8 0 R>>>>\n/Length 0>> stream\n\nendstream\nendobj\n',
    `8 0 obj\n<</Type /XObject\n/Subtype /Image\n/Width 640\n/Height 360\n/Filter /DCTDecode\n/Length ${jpeg.length}>> stream\n`,
    jpeg,
    '\nendstream\nendobj\n%%EOF\n',
  ];
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

describe('pdfPages', () => {
  it('lists each page in order with its pictures: inflated samples, JPEG bytes, pictures inside forms', () => {
    const pages = pdfPages(samplePdf());
    expect(pages).toHaveLength(3);
    expect(pages[0]).toEqual([{ width: 2, height: 1, kind: 'raw', components: 3, data: Buffer.from([0xe4, 0x00, 0x2b, 0xff, 0xff, 0xff]) }]);
    expect(pages[1]).toEqual([{ width: 640, height: 360, kind: 'jpeg', components: 3, data: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) }]);
    expect(pages[2]).toEqual([]);
  });

  it('counts page objects, not page trees', () => {
    expect(pageObjects(samplePdf())).toBe(3);
  });
});
