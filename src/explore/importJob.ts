import type { ReadProgress, ReadResult } from './readImport';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './answerImport';

/** The longest an import may take before it is stopped (a file the machine can take is read well within it). */
export const IMPORT_TIMEOUT_MS = 5 * 60_000;

export type JobResult = Exclude<ReadResult, { ok: true }> | (WorkerResult & { ok: true }) | { ok: false; problem: 'cancelled' | 'failed'; message: string };

export interface JobOptions {
  signal?: AbortSignal;
  onprogress?: (progress: ReadProgress) => void;
  timeoutMs?: number;
}

/**
 * Runs one import in a worker of its own, started by `startWorker`, and always settles: with
 * the worker's result, or a refusal that says what happened when the worker cannot start or
 * dies, the import takes longer than `timeoutMs`, or `signal` aborts it (Cancel). The worker is
 * ended in every case, which stops whatever it was still doing.
 *
 * @example
 * const result = await runImportJob(() => new Worker(url), { file, name: file.name }, { signal });
 */
export function runImportJob(startWorker: () => Worker, request: WorkerRequest, options: JobOptions = {}): Promise<JobResult> {
  const { signal, onprogress, timeoutMs = IMPORT_TIMEOUT_MS } = options;
  const name = request.name;
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: JobResult) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onabort);
      worker?.terminate();
      resolve(result);
    };
    const onabort = () => finish({ ok: false, problem: 'cancelled', message: `The import of "${name}" was cancelled.` });
    if (signal?.aborted) return onabort();
    signal?.addEventListener('abort', onabort);
    timer = setTimeout(
      () => finish({ ok: false, problem: 'failed', message: `"${name}" took longer than ${Math.round(timeoutMs / 1000)} seconds to read and was stopped.` }),
      timeoutMs,
    );
    try {
      worker = startWorker();
    } catch (e) {
      return finish({ ok: false, problem: 'failed', message: `"${name}" could not be read: the import could not start (${(e as Error).message}).` });
    }
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if ('progress' in e.data) onprogress?.(e.data.progress);
      else finish(e.data.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish({ ok: false, problem: 'failed', message: `"${name}" could not be read: the import stopped with an error (${e.message || 'the worker could not run'}).` });
    };
    worker.onmessageerror = () => finish({ ok: false, problem: 'failed', message: `"${name}" could not be read: its result could not be passed back.` });
    worker.postMessage(request);
  });
}
