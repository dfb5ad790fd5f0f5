import { startPackageWorker } from 'virtual:package-worker';
import type { PackageAnswer, PackageRequest } from './answerPackage';
import { PackageError } from './packageError';
import type { PackageProblem } from './packageProblem';
import { runWorkerJob, type WorkerFailure } from './runWorkerJob';

/** The longest a package may take to read (20 MB takes a few seconds on a slow machine). */
export const PACKAGE_TIMEOUT_MS = 60_000;

/**
 * Asks a worker of its own (started by `startWorker`) for `request`'s answer, and always settles:
 * with its answer, or a refusal that says what happened when the worker cannot start, dies or
 * takes longer than `timeoutMs`. The worker is ended in every case.
 */
export function askPackageWorker(startWorker: () => Worker, request: PackageRequest, timeoutMs = PACKAGE_TIMEOUT_MS): Promise<PackageAnswer> {
  return runWorkerJob<PackageRequest, PackageAnswer, PackageAnswer>({
    startWorker,
    request,
    timeoutMs,
    answer: (answer) => answer,
    failed: (f) => ({ ok: false, message: `${request.file} could not be read: ${whyUnread(f)}` }),
  });
}

function whyUnread(f: WorkerFailure): string {
  switch (f.reason) {
    case 'timeout':
      return `it took longer than ${f.seconds} seconds`;
    case 'start':
      return `the reader could not start (${f.detail})`;
    case 'error':
      return `the reader stopped with an error (${f.detail})`;
    case 'clone':
      return 'its result could not be passed back';
    case 'cancelled':
      return 'it was cancelled';
  }
}

/**
 * Reads a story package's text in a worker (readPackage, and checkPackage when `check`), so that
 * the page keeps answering while a large one is read. Resolves with the package's JSON text,
 * migrated (to keep as it is, or to parse where the page needs the package), its title and its
 * problems; throws a PackageError with the reader's message.
 *
 * @example
 * const { json, problems } = await readPackageOffThread(file, `“${file.name}”`, { check: true });
 * const pkg = JSON.parse(json) as StoryPackage;
 */
export async function readPackageOffThread(
  text: string | Blob,
  file: string,
  { check = false, startWorker = startPackageWorker }: { check?: boolean; startWorker?: () => Worker } = {},
): Promise<{ json: string; title: string; problems: PackageProblem[] }> {
  const answer = await askPackageWorker(startWorker, { text, file, check });
  if (!answer.ok) throw new PackageError(answer.message);
  return { json: answer.json, title: answer.title, problems: answer.problems };
}
