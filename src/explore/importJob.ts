import type { ReadProgress, ReadResult } from './readImport';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './answerImport';
import { runWorkerJob } from '../story/runWorkerJob';

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
  const unread = (why: string): JobResult => ({ ok: false, problem: 'failed', message: `"${name}" could not be read: ${why}.` });
  return runWorkerJob<WorkerRequest, WorkerMessage, JobResult>({
    startWorker,
    request,
    signal,
    timeoutMs,
    answer: (message) => {
      if (!('progress' in message)) return message.result;
      onprogress?.(message.progress);
      return undefined;
    },
    failed: (f) => {
      switch (f.reason) {
        case 'cancelled':
          return { ok: false, problem: 'cancelled', message: `The import of "${name}" was cancelled.` };
        case 'timeout':
          return { ok: false, problem: 'failed', message: `"${name}" took longer than ${f.seconds} seconds to read and was stopped.` };
        case 'start':
          return unread(`the import could not start (${f.detail})`);
        case 'error':
          return unread(`the import stopped with an error (${f.detail})`);
        case 'clone':
          return unread('its result could not be passed back');
      }
    },
  });
}
