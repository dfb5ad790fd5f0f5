/** A stand-in for a worker: records what it is sent and whether it was ended, and can answer or crash. */
export class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  #onTerminate: () => void;

  constructor(onTerminate: () => void = () => {}) {
    this.#onTerminate = onTerminate;
  }
  postMessage(m: unknown) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
    this.#onTerminate();
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  /** Itself, typed as what the code under test starts. */
  get worker(): Worker {
    return this as unknown as Worker;
  }
}
