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
  const rng = new Random(options.seed);
  const report: FuzzReport = { accepted: 0, refused: 0 };
  for (let i = 0; i < options.count; i++) {
    const input = options.generate(rng, i);
    let outcome: Outcome;
    try {
      outcome = { result: options.importer(input) };
    } catch (error) {
      outcome = { error };
    }
    tally(report, i, outcome, options);
  }
  return report;
}

/** fuzzImport for an import path that answers asynchronously (the app's import worker). */
export async function fuzzImportAsync<T>(options: Omit<FuzzOptions<T>, 'importer'> & { importer: (input: T) => Promise<unknown> }): Promise<FuzzReport> {
  const rng = new Random(options.seed);
  const report: FuzzReport = { accepted: 0, refused: 0 };
  for (let i = 0; i < options.count; i++) {
    const input = options.generate(rng, i);
    let outcome: Outcome;
    try {
      outcome = { result: await options.importer(input) };
    } catch (error) {
      outcome = { error };
    }
    tally(report, i, outcome, options);
  }
  return report;
}

type Outcome = { result: unknown } | { error: unknown };

/** Counts one input's outcome; throws (naming the seed and input) when it was neither a usable acceptance nor a proper refusal. */
function tally(report: FuzzReport, i: number, outcome: Outcome, options: Pick<FuzzOptions<never>, 'seed' | 'isRefusal' | 'checkAccepted' | 'maxMessage'>): void {
  const { seed, isRefusal, checkAccepted, maxMessage = 600 } = options;
  const where = `input #${i} of seed ${seed}`;
  if ('error' in outcome) {
    const e = outcome.error;
    if (!isRefusal(e)) throw new Error(`${where}: threw ${String(e)} instead of refusing with a message`, { cause: e });
    if (!e.message.trim()) throw new Error(`${where}: refused with an empty message`);
    if (e.message.length > maxMessage) throw new Error(`${where}: refused with a ${e.message.length}-character message: ${e.message.slice(0, 200)}…`);
    report.refused++;
    return;
  }
  try {
    checkAccepted?.(outcome.result);
  } catch (e) {
    throw new Error(`${where}: accepted something unusable: ${String(e)}`, { cause: e });
  }
  report.accepted++;
}
