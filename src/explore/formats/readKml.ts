import { kmlWithFolders, type Folder, type Root } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import type { Feature } from 'geojson';
import { FormatError, type RawLayer } from './readLayers';
import { xmlDocument } from './xmlDocument';

const folderName = (folder: Folder) => (typeof folder.meta.name === 'string' && folder.meta.name.trim()) || 'Folder';

/** togeojson gives an HTML description as { "@type": "html", value }: it is shown as the text it is. */
function plainDescription(f: Feature): Feature {
  const d = f.properties?.description as { value?: unknown } | undefined;
  if (typeof d !== 'object' || d === null) return f;
  return { ...f, properties: { ...f.properties, description: typeof d.value === 'string' ? d.value : '' } };
}

/**
 * A KML document's features, one layer per folder that holds features (named by its path of
 * folders), and one for the features outside any folder. togeojson keeps names, descriptions
 * and simple style colours (`stroke`, `fill`, `marker-color`) as properties.
 *
 * @example
 * readKml('<kml><Document><Placemark>…</Placemark></Document></kml>') // [{ part: '', features: [...] }]
 */
export function readKml(text: string): RawLayer[] {
  const doc = xmlDocument(text, 'kml');
  const layers: RawLayer[] = [];
  const walk = (node: Root | Folder, path: string[]) => {
    const features = node.children.filter((c): c is Feature => c.type === 'Feature').map(plainDescription);
    if (features.length) layers.push({ part: path.join(' / '), features });
    for (const child of node.children) if (child.type === 'folder') walk(child, [...path, folderName(child)]);
  };
  walk(kmlWithFolders(doc), []);
  return layers;
}

/**
 * A KMZ (a zip holding one KML document, `doc.kml` by convention, and its images).
 *
 * @example
 * readKmz(new Uint8Array(await file.arrayBuffer()))
 */
export function readKmz(bytes: Uint8Array): RawLayer[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.kml$/i.test(f.name) });
  } catch (e) {
    throw new FormatError(`it is not a readable zip (${(e as Error).message})`);
  }
  const names = Object.keys(files).filter((n) => !n.startsWith('__MACOSX'));
  const main = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names.sort()[0];
  if (!main) throw new FormatError('the KMZ holds no .kml document');
  return readKml(new TextDecoder().decode(files[main]));
}
