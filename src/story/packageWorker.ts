/**
 * Reads and checks a story package off the main thread, so that a large one (up to 20 MB) does
 * not freeze the page. One worker per package. Message in: a PackageRequest; out: its PackageAnswer.
 */
import { answerPackage, type PackageAnswer, type PackageRequest } from './answerPackage';

/** The worker's global scope (the project's types are the page's DOM, not the worker's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PackageRequest>) => void) | null;
  postMessage(message: PackageAnswer): void;
};

scope.onmessage = async (e) => scope.postMessage(await answerPackage(e.data));
