import { describe, expect, it, vi } from 'vitest';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';
import { answerPackage } from '../../../src/story/answerPackage.ts';
import { PackageError } from '../../../src/story/packageError.ts';
import type { StoryPackage } from '../../../src/story/storyPackage.ts';
import { packageWorkerStandIn } from './packageWorkerStandIn.ts';
import { FakeWorker } from '../testHelpers/fakeWorker.ts';

vi.mock('virtual:package-worker', () => ({
  startPackageWorker: () => {
    throw new Error('Node has no workers: each test hands in its own');
  },
}));
const { askPackageWorker, readPackageOffThread } = await import('../../../src/story/readPackageOffThread.ts');

const text = JSON.stringify(exercisePackage);
const unsourced = () => {
  const pkg = structuredClone(exercisePackage) as StoryPackage;
  pkg.layers[0].features[0].properties.source = [];
  return JSON.stringify(pkg);
};

describe('answerPackage: what the package worker answers', () => {
  it('a package read, from its text or its file: its JSON text, and the rules\' problems only when asked to check', async () => {
    const read = { ok: true, json: text, title: exercisePackage.title, problems: [] };
    expect(await answerPackage({ text, file: 'exercise.json', check: true })).toEqual(read);
    expect(await answerPackage({ text: new Blob([text]), file: 'exercise.json', check: true })).toEqual(read);
    const draft = await answerPackage({ text: unsourced(), file: 'draft.json', check: false });
    expect(draft).toMatchObject({ ok: true, problems: [] });
    expect(draft.ok && JSON.parse(draft.json)).toEqual(JSON.parse(unsourced()));
    // Refused: its problems, not its text.
    const checked = await answerPackage({ text: unsourced(), file: 'draft.json', check: true });
    expect(checked).toMatchObject({ ok: true, json: '' });
    expect(checked.ok && checked.problems.map((p) => p.rule)).toContain('no-source');
  });

  it('a package that cannot be read: the reader\'s message, naming the file; it never throws', async () => {
    expect(await answerPackage({ text: '{"format":', file: 'exercise.json', check: true })).toEqual({
      ok: false,
      message: expect.stringMatching(/^exercise\.json: is not valid JSON/),
    });
    expect(await answerPackage({ text: '[]', file: 'list.json', check: false })).toMatchObject({ ok: false, message: expect.stringMatching(/^list\.json: /) });
  });
});

describe('readPackageOffThread: a package read in a worker', () => {
  it('resolves with the JSON text and the problems, and ends its worker', async () => {
    let ended = 0;
    const start = () => packageWorkerStandIn(() => ended++);
    const read = await readPackageOffThread(text, 'exercise.json', { startWorker: start });
    expect(JSON.parse(read.json)).toEqual(exercisePackage);
    expect(read.problems).toEqual([]);
    const checked = await readPackageOffThread(unsourced(), '“draft.json”', { check: true, startWorker: start });
    expect(checked.problems[0]).toMatchObject({ rule: 'no-source', featureId: exercisePackage.layers[0].features[0].id });
    expect(ended).toBe(2);
  });

  it('throws a PackageError with the reader\'s message for a package that cannot be read', async () => {
    const read = readPackageOffThread('{"format":', '“broken.json”', { startWorker: () => packageWorkerStandIn() });
    await expect(read).rejects.toThrow(PackageError);
    await expect(read).rejects.toThrow(/^“broken\.json”: is not valid JSON/);
  });

  it('says so when the worker cannot start, stops with an error, or never answers; the worker is ended', async () => {
    await expect(
      readPackageOffThread(text, '“a.json”', {
        startWorker: () => {
          throw new Error('blocked by the page’s policy');
        },
      }),
    ).rejects.toThrow('“a.json” could not be read: the reader could not start (blocked by the page’s policy)');

    let ended = 0;
    const failing = new FakeWorker(() => ended++);
    const failed = askPackageWorker(() => failing.worker, { text, file: '“b.json”', check: false });
    failing.crash('out of memory');
    expect(await failed).toEqual({ ok: false, message: '“b.json” could not be read: the reader stopped with an error (out of memory)' });

    vi.useFakeTimers();
    try {
      const waiting = askPackageWorker(() => new FakeWorker(() => ended++).worker, { text, file: '“c.json”', check: false }, 5000);
      vi.advanceTimersByTime(5000);
      expect(await waiting).toEqual({ ok: false, message: '“c.json” could not be read: it took longer than 5 seconds' });
    } finally {
      vi.useRealTimers();
    }
    expect(ended).toBe(2);
  });
});
