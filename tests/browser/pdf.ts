import { inflateSync } from 'node:zlib';

/** A picture embedded in a PDF page (an image XObject), as the file holds it. */
export interface PdfImage {
  width: number;
  height: number;
  /** JPEG bytes (DCTDecode), or raw samples row by row (FlateDecode, inflated). */
  kind: 'jpeg' | 'raw';
  data: Buffer;
  /** Samples per pixel of raw data (1 grey, 3 RGB, 4 CMYK). */
  components: number;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * The pages of a PDF in reading order, each with the pictures it draws (its image XObjects, and
 * those of the forms it draws). Enough of PDF for what Chromium (Skia) writes: plain objects with
 * direct stream lengths, no object streams, no encryption.
 */
export function pdfPages(pdf: Buffer): PdfImage[][] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const at = body.search(/>>\s*stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at + 2);
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    if (!length) throw new Error(`object ${m[1]}: its stream has no direct /Length`);
    const dataStart = start + at + /^>>\s*stream\r?\n/.exec(body.slice(at))![0].length;
    objects.set(Number(m[1]), { dict, stream: pdf.subarray(dataStart, dataStart + Number(length[1])) });
    header.lastIndex = end;
  }
  const get = (ref: string): PdfObject => {
    const object = objects.get(Number(/^(\d+) 0 R/.exec(ref.trim())?.[1]));
    if (!object) throw new Error(`no object for "${ref}"`);
    return object;
  };
  /** The dictionary after `/key` (inline `<<…>>` with nesting, or an indirect reference to one). */
  const dictAt = (dict: string, key: string): string | null => {
    const at = dict.search(new RegExp(`/${key}\\s*(<<|\\d+ 0 R)`));
    if (at < 0) return null;
    const rest = dict.slice(at + key.length + 1).trimStart();
    if (!rest.startsWith('<<')) return get(rest).dict;
    let depth = 0;
    for (let i = 0; i < rest.length - 1; i++) {
      const pair = rest.slice(i, i + 2);
      if (pair !== '<<' && pair !== '>>') continue;
      depth += pair === '<<' ? 1 : -1;
      i++;
      if (depth === 0) return rest.slice(0, i + 1);
    }
    throw new Error(`unclosed dictionary after /${key}`);
  };
  const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((m) => m[0]);

  const imagesOf = (resources: string | null, seen: Set<string>): PdfImage[] => {
    const xobjects = resources && dictAt(resources, 'XObject');
    if (!xobjects) return [];
    return refs(xobjects).flatMap((ref): PdfImage[] => {
      if (seen.has(ref)) return [];
      seen.add(ref);
      const { dict, stream } = get(ref);
      if (/\/Subtype\s*\/Form/.test(dict)) return imagesOf(dictAt(dict, 'Resources'), seen);
      if (!/\/Subtype\s*\/Image/.test(dict) || !stream) return [];
      const width = Number(/\/Width (\d+)/.exec(dict)?.[1]);
      const height = Number(/\/Height (\d+)/.exec(dict)?.[1]);
      const filter = /\/Filter\s*\/(\w+)/.exec(dict)?.[1];
      if (filter === 'DCTDecode') return [{ width, height, kind: 'jpeg', data: Buffer.from(stream), components: 3 }];
      if (filter !== 'FlateDecode') throw new Error(`image ${ref}: unexpected filter ${filter}`);
      if (/\/DecodeParms/.test(dict)) throw new Error(`image ${ref}: predictors are not read here`);
      const data = inflateSync(stream);
      return [{ width, height, kind: 'raw', data, components: data.length / (width * height) }];
    });
  };

  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  if (!catalog) throw new Error('the PDF has no catalog');
  const pages: PdfImage[][] = [];
  const walk = (node: PdfObject) => {
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '';
      for (const kid of refs(kids)) walk(get(kid));
    } else pages.push(imagesOf(dictAt(node.dict, 'Resources'), new Set()));
  };
  walk(get(/\/Pages (\d+ 0 R)/.exec(catalog.dict)![1]));
  return pages;
}

/** How many `/Type /Page` objects (pages, not page trees) the file holds. */
export function pageObjects(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
