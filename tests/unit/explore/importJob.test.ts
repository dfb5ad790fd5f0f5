import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImportJob } from '../../../src/explore/importJob.ts';
import { FakeWorker } from '../testHelpers/fakeWorker.ts';

const request = { file: new Blob(['{}']), name: 'ports.geojson' };

describe('runImportJob always settles, and ends its worker', () => {
  afterEach(() => vi.useRealTimers());

  it('passes progress on, then the result', async () => {
    const worker = new FakeWorker();
    const progress: unknown[] = [];
    const job = runImportJob(() => worker as unknown as Worker, request, { onprogress: (p) => progress.push(p) });
    expect(worker.sent).toEqual([request]);
    worker.answer({ progress: { step: 'Reading', fraction: 0.5 } });
    worker.answer({ result: { ok: false, problem: 'empty', message: 'x' } });
    expect(await job).toEqual({ ok: false, problem: 'empty', message: 'x' });
    expect(progress).toEqual([{ step: 'Reading', fraction: 0.5 }]);
    expect(worker.terminated).toBe(true);
  });

  it('Cancel: settles at once as cancelled and ends the worker', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const job = runImportJob(() => worker as unknown as Worker, request, { signal: controller.signal });
    controller.abort();
    expect(await job).toEqual({ ok: false, problem: 'cancelled', message: 'The import of "ports.geojson" was cancelled.' });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that dies: says so', async () => {
    const worker = new FakeWorker();
    const job = runImportJob(() => worker as unknown as Worker, request);
    worker.crash('Uncaught RangeError: out of memory');
    expect(await job).toEqual({
      ok: false,
      problem: 'failed',
      message: '"ports.geojson" could not be read: the import stopped with an error (Uncaught RangeError: out of memory).',
    });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that cannot start: says so', async () => {
    const job = runImportJob(() => {
      throw new Error('blocked by the page policy');
    }, request);
    expect(await job).toMatchObject({ ok: false, problem: 'failed', message: '"ports.geojson" could not be read: the import could not start (blocked by the page policy).' });
  });

  it('a worker that never answers: stopped at the timeout', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const job = runImportJob(() => worker as unknown as Worker, request, { timeoutMs: 60_000 });
    vi.advanceTimersByTime(60_000);
    expect(await job).toEqual({ ok: false, problem: 'failed', message: '"ports.geojson" took longer than 60 seconds to read and was stopped.' });
    expect(worker.terminated).toBe(true);
  });
});
