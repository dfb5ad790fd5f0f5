import type { ImportSummary } from './importGeojson';
import { readImport, type Format, type ReadProgress, type ReadResult } from './readImport';
import type { ReadOptions } from './formats/readLayers';

export type WorkerRequest = { file: Blob; name: string; options?: ReadOptions & { format?: Format } };

/** An import's answer as it leaves the worker: each accepted layer as JSON text. */
export type WorkerResult =
  | Exclude<ReadResult, { ok: true }>
  | { ok: true; format: Format; layers: { name: string; json: string; summary: ImportSummary }[] };

export type WorkerMessage = { progress: ReadProgress } | { result: WorkerResult };

/**
 * What the import worker answers to one request: the file read and checked (readImport), each
 * layer as JSON text, which the page parses several times faster than it takes in the same data
 * as a structured clone. Never throws: anything unexpected is a refusal that says what happened.
 *
 * @example
 * const result = await answerImport({ file, name: file.name });
 */
export async function answerImport(request: WorkerRequest, onprogress?: (progress: ReadProgress) => void): Promise<WorkerResult> {
  const { file, name, options } = request;
  try {
    const result = await readImport(file, name, options, undefined, onprogress);
    if (!result.ok) return result;
    return { ok: true, format: result.format, layers: result.layers.map((l) => ({ name: l.name, json: JSON.stringify(l.data), summary: l.summary })) };
  } catch (e) {
    return { ok: false, problem: 'unreadable', message: `"${name}" could not be read: ${(e as Error)?.message ?? String(e)}.` };
  }
}
