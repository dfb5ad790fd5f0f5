import { parseJson } from './parseJson';
import { migratePackage } from './migratePackage';
import { PackageError } from './packageError';
import { schemaProblems } from './schemaProblems';
import { MAX_PACKAGE_CHARS, type StoryPackage } from './storyPackage';

/** The most features a package may hold, in all its layers together. */
export const MAX_PACKAGE_FEATURES = 10_000;

/**
 * Reads a story package file's text: parsed, migrated to this version, checked against the JSON
 * Schema, and returned typed. Throws a PackageError whose message names the file and, for a schema
 * problem, the JSON path and the feature's id. The story rules (sources, links, geometry, deck) are
 * checkPackage's: a draft may break them and still be read.
 *
 * @example
 * readPackage(await file.text(), file.name)
 * // StoryPackage, or PackageError('exercise.json: layers[2].features[5].properties.source (feature "darwin"): must be a list')
 */
export function readPackage(text: string, file = 'the package'): StoryPackage {
  if (text.length > MAX_PACKAGE_CHARS) {
    throw new PackageError(`${file}: is too large to read (${(text.length / 1e6).toFixed(1)} MB; the limit is ${MAX_PACKAGE_CHARS / 1e6} MB)`);
  }
  let json: unknown;
  try {
    json = parseJson(file, text);
  } catch (e) {
    throw new PackageError((e as Error).message);
  }
  try {
    json = migratePackage(json);
  } catch (e) {
    throw e instanceof PackageError ? new PackageError(`${file}: ${e.message}`) : e;
  }
  const [problem] = schemaProblems(json, 1);
  if (problem) throw new PackageError(`${file}: ${problem.message}`);
  const pkg = json as StoryPackage;
  const features = pkg.layers.reduce((n, layer) => n + layer.features.length, 0);
  if (features > MAX_PACKAGE_FEATURES) {
    throw new PackageError(`${file}: has ${features.toLocaleString('en')} features; a story may have at most ${MAX_PACKAGE_FEATURES.toLocaleString('en')}`);
  }
  return pkg;
}
