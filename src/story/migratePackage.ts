import { PACKAGE_FORMAT, PACKAGE_VERSION } from './storyPackage';
import { PackageError } from './packageError';

/** Turns a package of one version into the next version's shape (it need not set `version`). */
export type MigrationStep = (pkg: Record<string, unknown>) => Record<string, unknown>;

/**
 * The chain of steps, by the version each step reads: `MIGRATIONS[n]` turns version n into n + 1.
 * Version 1 is the first, so the chain is empty. To add version 2: change the types and the schema,
 * set PACKAGE_VERSION to 2, and add `1: (pkg) => ({ ...pkg, newField: … })` here with a unit test
 * that reads a version 1 file (see docs/story-package.md).
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a parsed story package up to the version this build reads, one step at a time. Refuses
 * with a PackageError what is not a package, and a package from a newer app. The message reads
 * after the file's name ("my-story.json: was made by a newer version of the app …").
 *
 * @example
 * migratePackage({ format: 'indo-pacific-briefing-map/story', version: 1, … }) // the same package
 * migratePackage({ format: 'indo-pacific-briefing-map/story', version: 3 })
 * // throws PackageError('was made by a newer version of the app (version 3); this one reads up to version 1')
 */
export function migratePackage(json: unknown, steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS, latest: number = PACKAGE_VERSION): unknown {
  if (!isObject(json) || json.format !== PACKAGE_FORMAT) {
    throw new PackageError(`is not a story package (a story package is a JSON object whose "format" is "${PACKAGE_FORMAT}")`);
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new PackageError('is a story package without a valid "version" (a whole number from 1)');
  }
  if (version > latest) {
    throw new PackageError(`was made by a newer version of the app (version ${version}); this one reads up to version ${latest}`);
  }
  let pkg = json;
  for (let from = version; from < latest; from++) {
    const step = steps[from];
    if (!step) throw new PackageError(`is a version ${from} story package, which this app cannot read (no migration to version ${from + 1})`);
    pkg = { ...step(pkg), version: from + 1 };
  }
  return pkg;
}
