import { readPackage } from './readPackage';
import { checkPackage } from './checkPackage';
import type { PackageProblem } from './packageProblem';

/**
 * A package to read, as text or as the user's file (which only the worker decodes), named as the
 * user knows it; `check` also runs the build's rules (checkPackage).
 */
export type PackageRequest = { text: string | Blob; file: string; check: boolean };

/**
 * The package as read: its JSON text (migrated to this version), which the page parses far
 * faster than it takes in the same object as a structured clone (empty when the rules found
 * problems: it is refused), its title (to keep it by, unparsed), and the rules' problems (none
 * unless `check`); or the message that says why it cannot be read.
 */
export type PackageAnswer = { ok: true; json: string; title: string; problems: PackageProblem[] } | { ok: false; message: string };

/**
 * What the package worker answers (see readPackageOffThread): readPackage, and checkPackage when
 * asked. Never throws.
 *
 * @example
 * await answerPackage({ text: file, file: '“exercise.json”', check: true })
 * // { ok: true, json: '{"format":"briefing-story",…}', title: 'Exercise …', problems: [] }
 */
export async function answerPackage({ text, file, check }: PackageRequest): Promise<PackageAnswer> {
  try {
    const pkg = readPackage(typeof text === 'string' ? text : await text.text(), file);
    const problems = check ? checkPackage(pkg) : [];
    return { ok: true, json: problems.length ? '' : JSON.stringify(pkg), title: pkg.title, problems };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
