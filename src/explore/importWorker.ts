/**
 * Reads, parses and checks a user's file off the main thread, so a large file does not freeze
 * the page. One worker per import: cancelling it is ending it. Message in: a WorkerRequest;
 * messages out: { progress } while it works, then { result } (see answerImport).
 */
import { answerImport, type WorkerMessage, type WorkerRequest } from './answerImport';

/** The worker's global scope (the project's types are the page's DOM, not the worker's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = async (e) => {
  let last = 0;
  const result = await answerImport(e.data, (progress) => {
    // A few messages a second at most: the page redraws its bar for each.
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    scope.postMessage({ progress });
  });
  scope.postMessage({ result });
};
