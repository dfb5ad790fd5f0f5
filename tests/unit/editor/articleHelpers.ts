import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseArticle } from '../../../src/story/parseArticle.ts';
import type { Article } from '../../../src/story/article.ts';

/** The real article's body, as a story package carries it (no front matter). */
export const ARTICLE = readFileSync(new URL('../../../data/article.md', import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** A package's article as parseArticle reads it. */
export const parseBody = (article: string): Article => parseArticle(`---\ntitle: T\npublication: P\nmodified: M\n---\n${article}`);
/** Every passage's text, paragraph by paragraph, as the reader sees them. */
export const texts = (article: string) => parseBody(article).paragraphs.map((p) => p.map((s) => s.text));
/** Every feature id the article links to, in reading order. */
export const linkedIds = (article: string) => parseBody(article).paragraphs.flat().flatMap((s) => s.links.flatMap((l) => l.ids));

/** The message of the `type` error `fn` throws; fails the test when it throws none or another. */
export function refusal(fn: () => unknown, type: new (...args: never[]) => Error): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return (e as Error).message;
  }
  throw new Error(`no ${type.name} thrown`);
}
