import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWorkerJob, type WorkerFailure } from '../../../src/story/runWorkerJob.ts';
import { FakeWorker } from '../testHelpers/fakeWorker.ts';

type Message = { progress: number } | { result: string };
const job = (worker: FakeWorker | (() => never), extra: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  runWorkerJob<string, Message, string | WorkerFailure>({
    startWorker: typeof worker === 'function' ? worker : () => worker.worker,
    request: 'the request',
    answer: (m) => ('result' in m ? m.result : undefined),
    failed: (f) => f,
    timeoutMs: extra.timeoutMs ?? 60_000,
    signal: extra.signal,
  });

describe('runWorkerJob', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the request and settles with the first message that carries a result; the worker is ended', async () => {
    const worker = new FakeWorker();
    const running = job(worker);
    expect(worker.sent).toEqual(['the request']);
    worker.answer({ progress: 0.5 });
    expect(worker.terminated).toBe(false);
    worker.answer({ result: 'done' });
    expect(await running).toBe('done');
    expect(worker.terminated).toBe(true);
  });

  it('reports each way a job ends without a result, and ends the worker', async () => {
    const crashed = new FakeWorker();
    const crash = job(crashed);
    crashed.crash('');
    expect(await crash).toEqual({ reason: 'error', detail: 'the worker could not run' });
    expect(crashed.terminated).toBe(true);

    const unclonable = new FakeWorker();
    const clone = job(unclonable);
    unclonable.onmessageerror!();
    expect(await clone).toEqual({ reason: 'clone' });

    expect(await job(() => { throw new Error('blocked'); })).toEqual({ reason: 'start', detail: 'blocked' });

    vi.useFakeTimers();
    const silent = new FakeWorker();
    const slow = job(silent, { timeoutMs: 5_400 });
    vi.advanceTimersByTime(5_400);
    expect(await slow).toEqual({ reason: 'timeout', seconds: 5 });
    expect(silent.terminated).toBe(true);
  });

  it('Cancel ends the job at once; a job cancelled before it starts never starts its worker', async () => {
    const controller = new AbortController();
    const worker = new FakeWorker();
    const running = job(worker, { signal: controller.signal });
    controller.abort();
    expect(await running).toEqual({ reason: 'cancelled' });
    expect(worker.terminated).toBe(true);

    let started = false;
    const never = job(
      () => {
        started = true;
        throw new Error('started');
      },
      { signal: controller.signal },
    );
    expect(await never).toEqual({ reason: 'cancelled' });
    expect(started).toBe(false);
  });
});
