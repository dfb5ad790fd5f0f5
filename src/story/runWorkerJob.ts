/** Why a worker job ended without the worker's result. */
export type WorkerFailure =
  | { reason: 'cancelled' }
  | { reason: 'timeout'; seconds: number }
  /** The worker could not be made (`detail`: the browser's words). */
  | { reason: 'start'; detail: string }
  /** The worker stopped with an uncaught error (`detail`: its message). */
  | { reason: 'error'; detail: string }
  /** The worker's message could not be cloned back to the page. */
  | { reason: 'clone' };

export interface WorkerJob<Request, Message, Result> {
  startWorker: () => Worker;
  request: Request;
  /** The result a message from the worker carries, or undefined for one that only reports progress. */
  answer: (message: Message) => Result | undefined;
  /** The result to settle with when the job ends without the worker's own. */
  failed: (failure: WorkerFailure) => Result;
  timeoutMs: number;
  /** Aborting it ends the job at once (Cancel). */
  signal?: AbortSignal;
}

/**
 * Runs one request in a worker of its own and always settles: with the worker's result, or with
 * `failed`'s for a worker that cannot start, dies, cannot send its answer back, takes longer than
 * `timeoutMs` or is cancelled. The worker is ended in every case, which stops whatever it was
 * still doing. The one runner for the import's and the story packages' workers.
 *
 * @example
 * const result = await runWorkerJob({ startWorker, request, answer: (m) => m.result, failed: (f) => refusal(f), timeoutMs: 60_000 });
 */
export function runWorkerJob<Request, Message, Result>(job: WorkerJob<Request, Message, Result>): Promise<Result> {
  const { signal } = job;
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: Result) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onabort);
      worker?.terminate();
      resolve(result);
    };
    const fail = (failure: WorkerFailure) => finish(job.failed(failure));
    const onabort = () => fail({ reason: 'cancelled' });
    if (signal?.aborted) return onabort();
    signal?.addEventListener('abort', onabort);
    timer = setTimeout(() => fail({ reason: 'timeout', seconds: Math.round(job.timeoutMs / 1000) }), job.timeoutMs);
    try {
      worker = job.startWorker();
    } catch (e) {
      return fail({ reason: 'start', detail: (e as Error).message });
    }
    worker.onmessage = (e: MessageEvent<Message>) => {
      const result = job.answer(e.data);
      if (result !== undefined) finish(result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail({ reason: 'error', detail: e.message || 'the worker could not run' });
    };
    worker.onmessageerror = () => fail({ reason: 'clone' });
    worker.postMessage(job.request);
  });
}
