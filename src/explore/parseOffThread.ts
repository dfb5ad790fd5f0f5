import type { ImportResult } from './importGeojson';
import type { WorkerResult } from './importWorker';

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve: (r: ImportResult) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const w = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<{ id: number; result: WorkerResult }>) => {
    const { id, result } = e.data;
    pending.get(id)?.resolve(result.ok ? { ok: true, data: JSON.parse(result.json), summary: result.summary } : result);
    pending.delete(id);
  };
  w.onerror = (e) => {
    e.preventDefault();
    for (const p of pending.values()) p.reject(new Error(e.message || 'the file reader stopped'));
    pending.clear();
    worker = null;
    w.terminate();
  };
  return w;
}

/**
 * Parses and checks a GeoJSON file in a Web Worker (importWorker.ts): the page stays responsive
 * while a large file is read. Rejects only if the worker itself fails.
 *
 * @example
 * const result = await parseOffThread(file, file.name);
 */
export function parseOffThread(file: Blob, name: string): Promise<ImportResult> {
  worker ??= start();
  const id = ++seq;
  const w = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, file, name });
  });
}
