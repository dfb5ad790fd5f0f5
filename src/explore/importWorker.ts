/**
 * Reads, parses and checks a user's GeoJSON file off the main thread, so a large file does not
 * freeze the page. Message in: { id, file: Blob, name }; message out: { id, result: ImportResult }.
 */
import { checkSize, parseGeojson, type ImportResult } from './importGeojson';

/** The worker's global scope (the project's types are the page's DOM, not the worker's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; file: Blob; name: string }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (e) => {
  const { id, file, name } = e.data;
  let result: ImportResult;
  try {
    result = checkSize(file.size, name) ?? parseGeojson(await file.text(), name);
  } catch (error) {
    result = { ok: false, problem: 'unreadable', message: `"${name}" could not be read: ${(error as Error).message}.` };
  }
  scope.postMessage({ id, result });
};
