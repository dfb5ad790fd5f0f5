import { APP_KEY_PREFIX, SafeLocalStore } from '../state/safeLocalStore';
import { MAX_TILESET_LAYERS, tilesetInfo, type TilesetInfo } from './tilesetInfo';
import { newId, USER_COLORS, type UserLayers } from './userLayers.svelte';
import { uniqueName } from './uniqueName';
import { USER_LAYER_ID, MAX_LAYER_NAME } from './layerStore';

/** One vector layer of a tileset: a toggle of its own. */
export interface TilesetLayer {
  /** Its name in the tiles (`source-layer`). */
  name: string;
  color: string;
  visible: boolean;
}

/** A PMTiles tileset the user opened: read from their disk or a server as the map asks for tiles. */
export interface UserTileset {
  id: string;
  /** The file's name (a served one's too), made unique with " (2)" and so on. */
  name: string;
  /** Where a served tileset is; null for a file on this computer. */
  url: string | null;
  layers: TilesetLayer[];
  /** What the archive holds; null while it is not open (a file after a reload, until chosen again). */
  info: TilesetInfo | null;
}

/** Where a tileset's messages go (the user layers' alert and status), and the colours in use there. */
type Messages = Pick<UserLayers, 'error' | 'status' | 'fromStorage'> & { readonly list: readonly { color: string }[] };

/** Hears of a tileset just before it joins the list (and so the map). */
type OnOpen = (tileset: UserTileset) => void;

/** What is kept of a tileset between visits: where it was and how it was shown, never its data. */
type KeptTileset = Pick<UserTileset, 'id' | 'name' | 'url' | 'layers'>;

const KEY = `${APP_KEY_PREFIX}tilesets`;
/** Metadata larger than this is refused: it is read whole, unlike the tiles. */
const MAX_METADATA_BYTES = 16 * 1024 * 1024;
const SIGNATURE = 'PMTiles';
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The PMTiles reader (pmtiles, a few tens of kB) comes with the first tileset, not with the explore tools. */
const archives = () => import('../map/tileArchives');

/** A PMTiles archive, by its name or its first bytes (the signature "PMTiles"). */
export async function isTilesetFile(file: Blob & { name: string }): Promise<boolean> {
  if (/\.pmtiles$/i.test(file.name)) return true;
  return new TextDecoder().decode(await file.slice(0, SIGNATURE.length).arrayBuffer()) === SIGNATURE;
}

/** The kept tilesets, or undefined (the whole value set aside) when any record is not one the app writes. */
export function checkKeptTilesets(value: unknown): KeptTileset[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept: KeptTileset[] = [];
  for (const r of value as Partial<KeptTileset>[]) {
    if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || !USER_LAYER_ID.test(r.id)) return undefined;
    if (typeof r.name !== 'string' || r.name.length === 0 || r.name.length > MAX_LAYER_NAME) return undefined;
    if (r.url !== null && typeof r.url !== 'string') return undefined;
    if (!Array.isArray(r.layers) || r.layers.length > MAX_TILESET_LAYERS) return undefined;
    const layers = r.layers.map((l: Partial<TilesetLayer>) =>
      typeof l?.name === 'string' && typeof l.color === 'string' && HEX_COLOUR.test(l.color) && typeof l.visible === 'boolean' ? { name: l.name, color: l.color, visible: l.visible } : null,
    );
    if (layers.includes(null)) return undefined;
    kept.push({ id: r.id, name: r.name, url: r.url, layers: layers as TilesetLayer[] });
  }
  return kept;
}

/** What a failed read says, in the words the other formats use. */
function problemOf(e: unknown, url: string | null): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/magic number/i.test(message)) return 'it does not start with the PMTiles signature';
  if (e instanceof RangeError) return 'it is too short to be one';
  if (url && e instanceof TypeError)
    return `the server could not be reached (${message}); a tileset on another server needs that server in this page's Content-Security-Policy (connect-src) and CORS`;
  return message;
}

/**
 * The user's PMTiles tilesets. Each vector layer is a toggle; tiles are read from the file or the
 * server as the map asks for them (see map/tileArchives.ts). What is kept over a reload is where a
 * tileset was and how it was shown: a file must be chosen again (a page cannot reopen a file by
 * itself), a URL opens again by itself. Messages go to the user layers' alert and status.
 */
export class UserTilesets {
  list = $state.raw<UserTileset[]>([]);
  #messages: Messages;
  #store: SafeLocalStore;

  constructor(messages: Messages, store = new SafeLocalStore({ report: (m) => (messages.error = m) })) {
    this.#messages = messages;
    this.#store = store;
  }

  /** Opens a file from this computer; returns the tileset, or null when refused (the alert says why). */
  openFile(file: File, onopen?: OnOpen): Promise<UserTileset | null> {
    return this.#open({ id: newId(), name: this.#unique(file.name), url: null, layers: [] }, file, onopen);
  }

  /** Opens a tileset on a server by URL (relative to the page, or absolute); null when refused. */
  openUrl(text: string, onopen?: OnOpen): Promise<UserTileset | null> {
    let url: URL | null = null;
    try {
      url = new URL(text.trim(), location.href);
    } catch {
      // Said below.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      this.#refuse(
        `"${text}" is not a tileset address: give an http or https URL, or a path on this app's server` +
          (location.protocol === 'file:' ? ' (this page was opened from a file, so it has no server: open the tileset file itself instead).' : '.'),
      );
      return Promise.resolve(null);
    }
    // Named by its file, like a tileset opened from disk; the URL is shown beside it.
    const file = decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.host;
    return this.#open({ id: newId(), name: this.#unique(file), url: url.href, layers: [] }, url.href, onopen);
  }

  /**
   * Opens a kept tileset again: its file as chosen by the user, or its URL. Its layers keep their
   * colours and toggles.
   */
  async reopen(id: string, file?: File, onopen?: OnOpen): Promise<UserTileset | null> {
    const kept = this.list.find((t) => t.id === id);
    const from = file ?? kept?.url;
    return kept && from ? this.#open(kept, from, onopen) : null;
  }

  /** Brings back the tilesets kept from earlier visits: served ones open again, files wait to be chosen. */
  async restore(onopen?: OnOpen): Promise<void> {
    const kept = this.#store.read(KEY, checkKeptTilesets, []);
    this.list = kept.map((t) => ({ ...t, info: null }));
    for (const t of kept) {
      if (!t.url) continue;
      const opened = await this.#open({ ...t }, t.url, onopen);
      if (!opened) this.#messages.fromStorage = true;
    }
  }

  setVisible(id: string, layer: string, visible: boolean): void {
    this.list = this.list.map((t) => (t.id === id ? { ...t, layers: t.layers.map((l) => (l.name === layer ? { ...l, visible } : l)) } : t));
    this.#keep();
  }

  async remove(id: string): Promise<void> {
    const tileset = this.list.find((t) => t.id === id);
    if (!tileset) return;
    (await archives()).closeArchive(id);
    this.list = this.list.filter((t) => t.id !== id);
    this.#keep();
    this.#messages.status = `Removed "${tileset.name}".`;
  }

  async #open(tileset: Omit<UserTileset, 'info'>, from: File | string, onopen?: OnOpen): Promise<UserTileset | null> {
    const name = typeof from === 'string' ? from : from.name;
    this.#messages.error = null;
    this.#messages.fromStorage = false;
    this.#messages.status = `Reading "${name}"…`;
    const { openArchive, closeArchive } = await archives();
    const archive = openArchive(tileset.id, from);
    let info: TilesetInfo | string;
    try {
      const header = await archive.getHeader();
      info =
        header.jsonMetadataLength > MAX_METADATA_BYTES
          ? `its metadata is larger than ${MAX_METADATA_BYTES / 1024 / 1024} MB`
          : tilesetInfo(header, await archive.getMetadata());
    } catch (e) {
      info = problemOf(e, tileset.url);
    }
    if (typeof info === 'string') {
      // A new tileset leaves nothing behind; a kept one stays listed, to be chosen again.
      closeArchive(tileset.id);
      this.#refuse(`"${name}" is not a readable PMTiles file: ${info}.`);
      return null;
    }
    const opened: UserTileset = { ...tileset, layers: this.#layersOf(info, tileset.layers), info };
    onopen?.(opened);
    this.list = this.list.some((t) => t.id === opened.id) ? this.list.map((t) => (t.id === opened.id ? opened : t)) : [...this.list, opened];
    const kept = this.#keep();
    this.#messages.status =
      `Opened "${name}": ${info.layers.length} ${info.layers.length === 1 ? 'layer' : 'layers'}, read from ${tileset.url ? 'the server' : 'the file'} as the map needs them.` +
      (kept ? '' : ' This browser could not keep it: it will be gone after a reload.');
    return opened;
  }

  /** The tileset's layers as toggles: those shown before keep their colour and state, new ones take the least used colour. */
  #layersOf(info: TilesetInfo, before: TilesetLayer[]): TilesetLayer[] {
    const uses = new Map(USER_COLORS.map((c) => [c, 0]));
    const use = (c: string) => uses.has(c) && uses.set(c, uses.get(c)! + 1);
    for (const l of [...this.#messages.list, ...this.list.flatMap((t) => t.layers)]) use(l.color);
    return info.layers.map((name) => {
      const layer = before.find((l) => l.name === name) ?? { name, color: USER_COLORS.reduce((a, b) => (uses.get(b)! < uses.get(a)! ? b : a)), visible: true };
      use(layer.color);
      return layer;
    });
  }

  #refuse(message: string): void {
    this.#messages.error = `${message} Nothing was imported.`;
    this.#messages.status = null;
  }

  #unique(name: string): string {
    return uniqueName(name, this.list.map((t) => t.name));
  }

  #keep(): boolean {
    return this.#store.write(
      KEY,
      this.list.map(({ id, name, url, layers }): KeptTileset => ({ id, name, url, layers })),
    );
  }
}
