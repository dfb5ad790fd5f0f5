import { deserializeStream } from 'flatgeobuf/lib/mjs/geojson/featurecollection.js';
import type { HeaderMeta } from 'flatgeobuf';
import type { Feature } from 'geojson';
import { FormatError, type RawLayer } from './readLayers';

/**
 * A FlatGeobuf file, streamed feature by feature from the file (never read whole into memory
 * first). `onfeature` hears the count as it goes, and may throw to stop (a limit reached).
 * FlatGeobuf states its coordinate system: one other than WGS 84 is refused with its code.
 *
 * @example
 * await readFlatgeobuf(file)
 */
export async function readFlatgeobuf(file: Blob, onfeature?: (count: number) => void): Promise<RawLayer[]> {
  // The reader waits for ever on a file that ends inside its header: check the header's length first.
  const head = new DataView(await file.slice(0, 12).arrayBuffer());
  if (head.byteLength < 12 || 12 + head.getUint32(8, true) > file.size) throw new FormatError('it ends before its header does');
  const features: Feature[] = [];
  // Thrown by the caller or the header check, not by a damaged file: passed on as it is.
  let stop: unknown;
  const checkHeader = (header: HeaderMeta) => {
    const crs = header.crs;
    if (crs && crs.code !== 4326 && crs.code !== 0) {
      throw (stop = new FormatError(`its coordinates are in ${crs.org ?? 'EPSG'}:${crs.code}; export it again as WGS 84 (EPSG:4326)`));
    }
  };
  try {
    for await (const f of deserializeStream(file.stream(), { headerMetaFn: checkHeader })) {
      features.push(f as Feature);
      try {
        onfeature?.(features.length);
      } catch (e) {
        throw (stop = e);
      }
    }
  } catch (e) {
    if (e === stop) throw e;
    throw new FormatError(`it is not a readable FlatGeobuf file (${(e as Error).message})`);
  }
  return [{ part: '', features }];
}
