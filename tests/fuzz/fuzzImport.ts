import { Random } from './random';

export interface FuzzReport {
  accepted: number;
  refused: number;
}

export interface FuzzOptions<T> {
  /** How many inputs to try. */
  count: number;
  seed: number;
  /** Makes input number `i`. */
  generate: (rng: Random, i: number) => T;
  /** The import path under test: returns what it accepted, or throws its refusal. */
  importer: (input: T) => unknown;
  /** True for the error type the importer refuses input with (e.g. DataError). */
  isRefusal: (error: unknown) => error is Error;
  /** Checks that what was accepted really is usable; throws if not. */
  checkAccepted?: (result: unknown) => void;
  /** The longest refusal message that still reads as a message (default 600 characters). */
  maxMessage?: number;
}

/**
 * Feeds generated inputs to an import path. Each one must be accepted, or refused with the
 * importer's own error type and a short, non-empty message: any other exception fails the run,
 * naming the seed and the input's number so that it can be replayed.
 *
 * The deck import and the GeoJSON file import hook in the same way: a `generate` that mutates a
 * valid deck or file (see malformed.ts: mutate, corruptText), their parse-and-validate function
 * as `importer`, and their error class in `isRefusal`.
 */
export function fuzzImport<T>(options: FuzzOptions<T>): FuzzReport {
  const { count, seed, generate, importer, isRefusal, checkAccepted, maxMessage = 600 } = options;
  const rng = new Random(seed);
  const report: FuzzReport = { accepted: 0, refused: 0 };
  for (let i = 0; i < count; i++) {
    const input = generate(rng, i);
    const where = `input #${i} of seed ${seed}`;
    let result: unknown;
    try {
      result = importer(input);
    } catch (e) {
      if (!isRefusal(e)) throw new Error(`${where}: threw ${String(e)} instead of refusing with a message`, { cause: e });
      if (!e.message.trim()) throw new Error(`${where}: refused with an empty message`);
      if (e.message.length > maxMessage) throw new Error(`${where}: refused with a ${e.message.length}-character message: ${e.message.slice(0, 200)}…`);
      report.refused++;
      continue;
    }
    try {
      checkAccepted?.(result);
    } catch (e) {
      throw new Error(`${where}: accepted something unusable: ${String(e)}`, { cause: e });
    }
    report.accepted++;
  }
  return report;
}
