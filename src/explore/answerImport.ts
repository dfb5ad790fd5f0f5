import type { ImportSummary } from './importGeojson';
import { readImport, type Format, type ReadProgress, type ReadResult } from './readImport';
import type { ReadOptions } from './formats/readLayers';
import { drawsAsTiles } from './pointTiles';

export type WorkerRequest = { file: Blob; name: string; options?: ReadOptions & { format?: Format } };

/**
 * One accepted layer as it leaves the worker: as JSON text for the page to parse, or, for a dense
 * point layer (drawsAsTiles), as a file that the page never parses: its tile worker reads it.
 */
export type WorkerLayer = { name: string; summary: ImportSummary } & ({ json: string } | { points: Blob });

/** An import's answer as it leaves the worker. */
export type WorkerResult = Exclude<ReadResult, { ok: true }> | { ok: true; format: Format; layers: WorkerLayer[] };

export type WorkerMessage = { progress: ReadProgress } | { result: WorkerResult };

/**
 * What the import worker answers to one request: the file read and checked (readImport), each
 * layer as JSON text, which the page parses several times faster than it takes in the same data
 * as a structured clone; a dense point layer as a file for its tile worker. Never throws: anything unexpected is a refusal that says what happened.
 *
 * @example
 * const result = await answerImport({ file, name: file.name });
 */
export async function answerImport(request: WorkerRequest, onprogress?: (progress: ReadProgress) => void): Promise<WorkerResult> {
  const { file, name, options } = request;
  try {
    const result = await readImport(file, name, options, undefined, onprogress);
    if (!result.ok) return result;
    const layers = result.layers.map((l): WorkerLayer => {
      if (!drawsAsTiles(l.data)) return { name: l.name, json: JSON.stringify(l.data), summary: l.summary };
      // A GeoJSON file of one layer is passed on as it came (a Blob is passed by reference).
      const points = result.format === 'geojson' ? file : new Blob([JSON.stringify(l.data)], { type: 'application/geo+json' });
      return { name: l.name, points, summary: l.summary };
    });
    return { ok: true, format: result.format, layers };
  } catch (e) {
    return { ok: false, problem: 'unreadable', message: `"${name}" could not be read: ${(e as Error)?.message ?? String(e)}.` };
  }
}
