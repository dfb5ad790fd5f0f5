/** Which rule a story package breaks (the editor's checklist groups problems by it). */
export type PackageRule = 'no-source' | 'unknown-feature' | 'unlinked-feature' | 'geometry' | 'article' | 'deck' | 'layer' | 'feature';

/** One thing to fix before a story can be shared, with where it is. */
export interface PackageProblem {
  /** In plain words, naming the feature, layer, paragraph or slide. */
  message: string;
  featureId?: string;
  layerId?: string;
  /** 1-based, as the Article view numbers paragraphs. */
  paragraph?: number;
  rule: PackageRule;
}
