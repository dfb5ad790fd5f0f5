import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/ui/whenIdle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the idle callback, with the timeout given, and runs then', () => {
    const calls: [IdleRequestCallback, IdleRequestOptions | undefined][] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => calls.push([callback, options]));
    const run = vi.fn();
    whenIdle(run, 1000);
    expect(run).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
    expect(calls[0][1]).toEqual({ timeout: 1000 });
    calls[0][0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('without requestIdleCallback, runs a task later (not in the caller\'s task)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run, 1000);
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
