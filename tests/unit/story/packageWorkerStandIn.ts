import { answerPackage, type PackageRequest } from '../../../src/story/answerPackage.ts';

/**
 * The package worker as Node has none: the same answerPackage, answered on a later turn as a
 * worker's message would be, with the Worker's interface the page uses. `onTerminate` counts ends.
 */
export function packageWorkerStandIn(onTerminate: () => void = () => {}): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    onmessageerror: null,
    postMessage(request: PackageRequest) {
      void answerPackage(request).then((data) => worker.onmessage?.({ data } as MessageEvent));
    },
    terminate: onTerminate,
  };
  return worker as unknown as Worker;
}
