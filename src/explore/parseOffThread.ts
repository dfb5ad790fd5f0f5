import { checkSize, parseGeojson, type ImportResult } from './importGeojson';
import type { WorkerResult } from './importWorker';

let worker: Worker | null = null;
/** Set once a worker could not be started (a page opened from file://, a strict CSP). */
let noWorker = false;
let seq = 0;
const pending = new Map<number, { file: Blob; name: string; resolve: (r: ImportResult) => void }>();

/** The same checks in this thread: the fallback where no worker can run. */
async function parseHere(file: Blob, name: string): Promise<ImportResult> {
  return checkSize(file.size, name) ?? parseGeojson(await file.text(), name);
}

function start(): Worker {
  const w = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<{ id: number; result: WorkerResult }>) => {
    const { id, result } = e.data;
    pending.get(id)?.resolve(result.ok ? { ok: true, data: JSON.parse(result.json), summary: result.summary } : result);
    pending.delete(id);
  };
  w.onerror = (e) => {
    // The worker failed to start or died: what it was given is read here instead.
    e.preventDefault();
    noWorker = true;
    worker = null;
    w.terminate();
    for (const { file, name, resolve } of pending.values()) void parseHere(file, name).then(resolve);
    pending.clear();
  };
  return w;
}

/**
 * Parses and checks a GeoJSON file in a Web Worker (importWorker.ts), so the page stays
 * responsive while a large file is read; where no worker can run, in this thread instead.
 *
 * @example
 * const result = await parseOffThread(file, file.name);
 */
export async function parseOffThread(file: Blob, name: string): Promise<ImportResult> {
  if (!noWorker && !worker) {
    try {
      worker = start();
    } catch {
      noWorker = true;
    }
  }
  if (noWorker || !worker) return parseHere(file, name);
  const id = ++seq;
  const w = worker;
  return new Promise((resolve) => {
    pending.set(id, { file, name, resolve });
    w.postMessage({ id, file, name });
  });
}
