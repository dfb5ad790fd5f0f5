import type { PackageProblem, PackageRule } from './packageProblem';

/** Each rule's checklist line, for one and for many, in the order the checklist shows them. */
const LINES: Record<PackageRule, [one: string, many: string]> = {
  'no-source': ['feature has no source', 'features have no source'],
  'unknown-feature': ['link points at a deleted feature', 'links point at deleted features'],
  'unlinked-feature': ['feature is not mentioned in any passage', 'features are not mentioned in any passage'],
  geometry: ['feature has a geometry problem', 'features have geometry problems'],
  feature: ['problem with a feature', 'problems with features'],
  layer: ['problem with a layer', 'problems with layers'],
  article: ['problem in the article', 'problems in the article'],
  deck: ['problem in the slides', 'problems in the slides'],
};

/** Rules whose line counts features: two problems with one feature count once. */
const PER_FEATURE = new Set<PackageRule>(['no-source', 'unlinked-feature', 'geometry']);

/**
 * The checklist's summary: one line per rule broken, with how many, e.g. "3 features have no
 * source", in a fixed order (sources first: a story is not shared without them).
 *
 * @example
 * summarizeProblems(checkPackage(draft)) // ['3 features have no source', '1 link points at a deleted feature']
 */
export function summarizeProblems(problems: readonly PackageProblem[]): string[] {
  return (Object.keys(LINES) as PackageRule[]).flatMap((rule) => {
    const of = problems.filter((p) => p.rule === rule);
    const count = PER_FEATURE.has(rule) ? new Set(of.map((p) => p.featureId ?? p.message)).size : of.length;
    if (count === 0) return [];
    const [one, many] = LINES[rule];
    return [`${count.toLocaleString('en')} ${count === 1 ? one : many}`];
  });
}
