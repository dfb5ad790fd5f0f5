/** The real article, data/article.md, against the page it was taken from. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src/story/parseArticle.ts';
import { passagesFor } from '../../../src/story/passagesFor.ts';
import type { Article } from '../../../src/story/article.ts';

const ARTICLE_URL = new URL('../../../data/article.md', import.meta.url);
/** The seed page lives beside the repository (shared/), which a plain clone does not have. */
const SEED_DIR = fileURLToPath(new URL('../../../../shared/seed/', import.meta.url));
const hasSeed = existsSync(SEED_DIR) && readdirSync(SEED_DIR).some((f) => f.endsWith('.txt'));

/** Lines of the seed page that are the site's chrome, not paragraphs of the article. */
const CHROME = [
  /^The Largest Security-Cleared Career Network/,
  /^Foreign Relations - Japan$/,
  /^Join the mailing list$/,
  /^Page last modified:/,
];

const readArticle = (): Article => parseArticle(readFileSync(ARTICLE_URL, 'utf8'));

/** The article's paragraphs as the seed page has them: non-empty lines that are not chrome. */
function seedParagraphs(): string[] {
  const file = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0];
  return readFileSync(`${SEED_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .filter((line) => !CHROME.some((re) => re.test(line)));
}

describe('data/article.md', () => {
  it.skipIf(!hasSeed)('holds the seed article verbatim, paragraph by paragraph', () => {
    const article = readArticle();
    const ours = article.paragraphs.map((passages) => passages.map((p) => p.text).join(' '));
    const seed = seedParagraphs();
    expect(seed.length).toBeGreaterThan(0);
    expect(ours).toEqual(seed);
  });

  it('carries the page title, publication and modification time', () => {
    const article = readArticle();
    expect(article.title).toBe('Foreign Relations - Japan');
    expect(article.publication).toBe('GlobalSecurity.org');
    expect(article.modified).toBe('2020-11-18T11:44:10Z');
  });

  it('links Okinawa from exactly the passage naming it', () => {
    const passages = passagesFor(readArticle(), 'okinawa');
    expect(passages).toHaveLength(1);
    expect(passages[0].text).toContain('including Okinawa');
  });

  it('links Scarborough Shoal from the passage about the South and East China Seas', () => {
    const passages = passagesFor(readArticle(), 'scarborough-shoal');
    expect(passages).toHaveLength(1);
    const phrases = passages[0].links.filter((l) => l.ids.includes('scarborough-shoal')).map((l) => l.text);
    expect(phrases).toEqual(['South', 'maritime territorial disputes']);
  });

  it('has link offsets that cut out exactly each linked phrase', () => {
    for (const passage of readArticle().paragraphs.flat()) {
      for (const link of passage.links) expect(passage.text.slice(link.start, link.end)).toBe(link.text);
    }
  });
});

describe('passagesFor', () => {
  it('returns nothing for a feature no passage links to', () => {
    expect(passagesFor(readArticle(), 'no-such-place')).toEqual([]);
  });

  it('returns passages in reading order', () => {
    const ids = passagesFor(readArticle(), 'tokyo-press-conference-2020').map((p) => p.id);
    expect(ids).toEqual(['p7-s2', 'p8-s1']);
  });
});
