import { parseZip } from 'shpjs';
import { FormatError, type RawLayer } from './readLayers';

/**
 * A zipped shapefile (.shp with its .dbf and .prj; several in one zip become several layers),
 * reprojected to WGS 84 longitude/latitude where the .prj names another system (shpjs, with proj4).
 *
 * @example
 * await readShapefile(await file.arrayBuffer()) // [{ part: 'roads', features: [...] }, …]
 */
export async function readShapefile(buffer: ArrayBuffer): Promise<RawLayer[]> {
  let read;
  try {
    read = await parseZip(buffer);
  } catch (e) {
    const message = (e as Error).message;
    throw new FormatError(/no layers/.test(message) ? 'the zip holds no shapefile (.shp)' : `it is not a readable zipped shapefile (${message})`);
  }
  const layers = Array.isArray(read) ? read : [read];
  return layers.map((l) => ({ part: layers.length > 1 ? (l.fileName ?? '').split('/').pop()! : '', features: l.features }));
}
