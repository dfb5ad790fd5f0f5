import { startImportWorker } from 'virtual:import-worker';
import { runImportJob, type JobOptions, type JobResult } from './importJob';
import type { WorkerRequest } from './answerImport';

/**
 * Reads and checks a user's file in a Web Worker (importWorker.ts), so the page stays
 * responsive while a large file is read. The served build starts it from its own file, the
 * single file from a Blob URL of its code: one import path everywhere, never the main thread.
 *
 * @example
 * const result = await parseOffThread({ file, name: file.name }, { signal: controller.signal, onprogress });
 */
export function parseOffThread(request: WorkerRequest, options?: JobOptions): Promise<JobResult> {
  return runImportJob(startImportWorker, request, options);
}
