import { startPackageWorker } from 'virtual:package-worker';
import type { PackageAnswer, PackageRequest } from './answerPackage';
import { PackageError } from './packageError';
import type { PackageProblem } from './packageProblem';

/** The longest a package may take to read (20 MB takes a few seconds on a slow machine). */
export const PACKAGE_TIMEOUT_MS = 60_000;

/**
 * Asks a worker of its own (started by `startWorker`) for `request`'s answer, and always settles:
 * with its answer, or a refusal that says what happened when the worker cannot start, dies or
 * takes longer than `timeoutMs`. The worker is ended in every case.
 */
export function askPackageWorker(startWorker: () => Worker, request: PackageRequest, timeoutMs = PACKAGE_TIMEOUT_MS): Promise<PackageAnswer> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    const finish = (answer: PackageAnswer) => {
      clearTimeout(timer);
      worker?.terminate();
      resolve(answer);
    };
    const failed = (why: string) => finish({ ok: false, message: `${request.file} could not be read: ${why}` });
    const timer = setTimeout(() => failed(`it took longer than ${Math.round(timeoutMs / 1000)} seconds`), timeoutMs);
    try {
      worker = startWorker();
    } catch (e) {
      return failed(`the reader could not start (${(e as Error).message})`);
    }
    worker.onmessage = (e: MessageEvent<PackageAnswer>) => finish(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      failed(`the reader stopped with an error (${e.message || 'the worker could not run'})`);
    };
    worker.onmessageerror = () => failed('its result could not be passed back');
    worker.postMessage(request);
  });
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
