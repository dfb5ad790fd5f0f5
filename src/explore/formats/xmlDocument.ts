import { DOMParser } from '@xmldom/xmldom';
import { FormatError } from './readLayers';

/**
 * XML text as a document whose root element is `root` (a worker has no DOMParser of its own:
 * xmldom's is the one togeojson is tested with). Throws FormatError when the text is not
 * well-formed XML or its root is another element.
 *
 * @example
 * xmlDocument('<gpx>…</gpx>', 'gpx')
 */
export function xmlDocument(text: string, root: 'kml' | 'gpx'): Document {
  const fail = (message: string): never => {
    throw new FormatError(`it is not well-formed XML (${message.split('\n')[0]})`);
  };
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => void (level === 'fatalError' && fail(message)) }).parseFromString(text, 'text/xml');
  } catch (e) {
    if (e instanceof FormatError) throw e;
    return fail((e as Error).message);
  }
  const found = doc.documentElement?.localName;
  if (found !== root) throw new FormatError(`it is XML but not ${root.toUpperCase()} (its root element is <${found ?? 'none'}>)`);
  return doc as unknown as Document;
}
