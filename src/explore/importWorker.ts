/**
 * Reads, parses and checks a user's GeoJSON file off the main thread, so a large file does not
 * freeze the page. Message in: { id, file: Blob, name }; message out: { id, result: WorkerResult }.
 * An accepted file comes back as JSON text: the page parses text several times faster than it
 * takes in the same data as a structured clone (see docs/performance-log.md).
 */
import { checkSize, parseGeojson, type ImportResult, type ImportSummary } from './importGeojson';

export type WorkerResult = Exclude<ImportResult, { ok: true }> | { ok: true; json: string; summary: ImportSummary };

/** The worker's global scope (the project's types are the page's DOM, not the worker's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; file: Blob; name: string }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (e) => {
  const { id, file, name } = e.data;
  let result: WorkerResult;
  try {
    const parsed = checkSize(file.size, name) ?? parseGeojson(await file.text(), name);
    result = parsed.ok ? { ok: true, json: JSON.stringify(parsed.data), summary: parsed.summary } : parsed;
  } catch (error) {
    result = { ok: false, problem: 'unreadable', message: `"${name}" could not be read: ${(error as Error).message}.` };
  }
  scope.postMessage({ id, result });
};
