/**
 * Holds a large story's features and cuts its vector tiles as MapLibre asks for them (see
 * storyTiles.ts and tiledStory.ts). Messages are answered in order, so a tile asked for after a
 * new version of the story is cut from it. In: a StoryTileRequest; out: a StoryTileAnswer (a
 * tile's bytes transferred, not copied).
 */
import { StoryTiles } from './storyTiles';
import type { StoryTileAnswer, StoryTileRequest } from './tiledStory';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<StoryTileRequest>) => void) | null;
  postMessage(message: StoryTileAnswer, transfer?: Transferable[]): void;
};

let tiles: StoryTiles | null = null;

scope.onmessage = ({ data: request }) => {
  if (request.type === 'load') {
    // The story was checked before it came here, by the package's rules.
    tiles = new StoryTiles(request.data);
    return;
  }
  const bytes = tiles?.tile(request.z, request.x, request.y) ?? null;
  const buffer = bytes ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : null;
  scope.postMessage({ id: request.id, buffer }, buffer ? [buffer] : []);
};
