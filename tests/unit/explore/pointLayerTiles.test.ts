import { describe, expect, it, vi } from 'vitest';
import type { PointTileAnswer, PointTileRequest } from '../../../src/explore/pointLayerTiles.ts';

/** The tile worker as a test drives it: what the page sent, and a way to answer. */
class WorkerStandIn {
  static last: WorkerStandIn;
  sent: PointTileRequest[] = [];
  ended = false;
  onmessage: ((e: MessageEvent<PointTileAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    WorkerStandIn.last = this;
  }
  postMessage(request: PointTileRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.ended = true;
  }
  answer(data: PointTileAnswer) {
    this.onmessage?.({ data } as MessageEvent<PointTileAnswer>);
  }
}
vi.mock('virtual:point-tile-worker', () => ({ startPointTileWorker: () => new WorkerStandIn() }));
const { loadPointLayer, removePointLayer, loadPointTile } = await import('../../../src/explore/pointLayerTiles.ts');

const file = new Blob(['{"type":"FeatureCollection","features":[]}']);

describe('loadPointLayer: a dense layer\'s tile worker', () => {
  it('tells each step, then resolves true once its tiles can be asked for', async () => {
    const steps: string[] = [];
    const loaded = loadPointLayer('user-1', file, 'all', (step) => steps.push(step));
    const worker = WorkerStandIn.last;
    expect(worker.sent).toEqual([{ type: 'load', file, view: 'all' }]);
    worker.answer({ type: 'progress', step: 'Reading' });
    worker.answer({ type: 'progress', step: 'Indexing' });
    worker.answer({ type: 'ready' });
    expect(await loaded).toBe(true);
    expect(steps).toEqual(['Reading', 'Indexing']);
    removePointLayer('user-1');
    expect(worker.ended).toBe(true);
  });

  it('resolves false when the layer is removed while it prepares (Cancel): the worker is ended', async () => {
    const loaded = loadPointLayer('user-2', file, 'clusters');
    const worker = WorkerStandIn.last;
    worker.answer({ type: 'progress', step: 'Indexing' });
    removePointLayer('user-2');
    expect(await loaded).toBe(false);
    expect(worker.ended).toBe(true);
    // Its tiles, still asked for by the map, come back empty.
    expect((await loadPointTile({ url: 'userpoints://user-2/clusters/0/0/0' } as never)).data).toEqual(new ArrayBuffer(0));
  });

  it('rejects with the worker\'s reason when the file cannot be indexed, and ends the worker', async () => {
    const loaded = loadPointLayer('user-3', file, 'heatmap');
    const worker = WorkerStandIn.last;
    worker.answer({ type: 'failed', message: 'Unexpected end of JSON input' });
    await expect(loaded).rejects.toThrow('Unexpected end of JSON input');
    expect(worker.ended).toBe(true);
  });
});
