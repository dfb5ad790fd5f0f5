import type { AddProtocolResponseData, GetResourceResponse, RequestParameters } from 'maplibre-gl';
import { FetchSource, FileSource, PMTiles, Protocol, type Source } from 'pmtiles';
import { TILESET_SCHEME } from './ids';

/** pmtiles' MapLibre protocol: one for the page, holding every open archive by its key. */
const protocol = new Protocol();
const TILE_URL = new RegExp(`^${TILESET_SCHEME}://([^/]+)/\\d+/\\d+/\\d+$`);

/**
 * Opens a PMTiles archive under `key` (a user tileset's id): a local File is read by slices as
 * tiles are asked for (never whole), a URL by HTTP range requests. Tiles of `tilesetTiles(key)`
 * are then answered from it until `closeArchive(key)`. (This module, with pmtiles, is loaded
 * with the first tileset opened, not with the explore tools.)
 */
export function openArchive(key: string, from: File | string): PMTiles {
  const source = typeof from === 'string' ? new FetchSource(from) : new FileSource(from);
  // Keyed by the tileset's id, not the file's name or URL: two files named alike stay apart.
  const keyed: Source = { getBytes: (...args) => source.getBytes(...args), getKey: () => key };
  const archive = new PMTiles(keyed);
  protocol.add(archive);
  return archive;
}

export function closeArchive(key: string): void {
  protocol.tiles.delete(key);
}

/**
 * MapLibre's loader for `pmtiles://` tiles (see addProtocol). Only archives opened here answer:
 * pmtiles' own protocol would fetch any unknown key as a URL, and no such request may leave.
 */
export async function loadTile(params: RequestParameters, abort: AbortController): Promise<GetResourceResponse<AddProtocolResponseData>> {
  const key = TILE_URL.exec(params.url)?.[1];
  if (!key || !protocol.tiles.has(key)) throw new Error(`No open tileset answers ${params.url}`);
  return (await protocol.tilev4(params, abort)) as GetResourceResponse<AddProtocolResponseData>;
}
