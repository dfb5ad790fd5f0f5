import type { Article, ArticleLink, Passage } from './article';
import type { ServedText, StoryText } from './storyData';
import type { FeatureDetails, PlaceName, Source } from './types';
import { cleanText, displayText, LIMITS } from '../security/displayText';
import { safeUrl } from '../security/safeUrl';
import { optional } from './optional';

const names = (list: string[]) => list.map((n) => displayText(n, LIMITS.name));

function source(s: Source): Source {
  return {
    publication: displayText(s.publication, LIMITS.title),
    title: displayText(s.title, LIMITS.title),
    ...optional('lang', s.lang, (lang) => displayText(lang, 40)),
    ...optional('url', safeUrl(s.url), (url) => url),
    date: displayText(s.date, 40),
  };
}

function placeName(n: PlaceName): PlaceName {
  return { ...n, name: displayText(n.name, LIMITS.name), lang: displayText(n.lang, 40), usedBy: names(n.usedBy), source: source(n.source) };
}

function details(d: FeatureDetails): FeatureDetails {
  return {
    summary: displayText(d.summary, LIMITS.summary),
    source: (d.source ?? []).map(source),
    ...optional('altNames', d.altNames, names),
    ...optional('names', d.names, (list) => list.map(placeName)),
    ...optional('claimants', d.claimants, names),
  };
}

/**
 * A passage with its text cleaned piece by piece (the runs between links and each linked
 * phrase), so that the links' offsets still point at their phrases. The article's own text has
 * nothing to clean and comes out unchanged: it stays verbatim.
 */
export function cleanPassage(passage: Passage): Passage {
  let text = '';
  let at = 0;
  const links: ArticleLink[] = [];
  for (const link of [...passage.links].sort((a, b) => a.start - b.start)) {
    if (link.start < at || link.end < link.start) continue; // overlapping or inverted: not a link we can show
    text += cleanText(passage.text.slice(at, link.start));
    const phrase = cleanText(passage.text.slice(link.start, link.end));
    links.push({ ...link, text: phrase, start: text.length, end: text.length + phrase.length });
    text += phrase;
    at = link.end;
  }
  text += cleanText(passage.text.slice(at));
  if (text.length > LIMITS.passage) {
    text = displayText(text, LIMITS.passage);
    return { ...passage, text, links: links.filter((l) => l.end < text.length) };
  }
  return { ...passage, text, links };
}

function article(a: Article): Article {
  return {
    title: displayText(a.title, LIMITS.title),
    publication: displayText(a.publication, LIMITS.title),
    modified: displayText(a.modified, 40),
    paragraphs: a.paragraphs.map((paragraph) => paragraph.map(cleanPassage)),
  };
}

/**
 * The story's text (`data/text.json`) as the app shows it, cleaned as sanitizeStory cleans the
 * layers, and every source URL that is not http(s) dropped (its title is then shown without a
 * link). The article's own text has nothing to clean and comes out unchanged.
 */
export function sanitizeText(served: ServedText): StoryText {
  return { article: article(served.article), details: new Map(Object.entries(served.details).map(([id, d]) => [id, details(d)])) };
}
