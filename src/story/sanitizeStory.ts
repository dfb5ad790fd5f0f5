import type { Article, ArticleLink, Passage } from './article';
import type { StoryData } from './storyData';
import type { Source, StoryFeature, StoryLayer } from './types';
import { cleanText, displayText, LIMITS } from '../security/displayText';
import { safeUrl } from '../security/safeUrl';

/** `{ [key]: f(value) }`, or nothing when the value is absent (no key with an undefined value). */
const optional = <K extends string, T>(key: K, value: T | undefined, f: (v: T) => T) =>
  (value === undefined ? {} : { [key]: f(value) }) as Partial<Record<K, T>>;
const names = (list: string[]) => list.map((n) => displayText(n, LIMITS.name));

function source(s: Source): Source {
  return {
    publication: displayText(s.publication, LIMITS.title),
    title: displayText(s.title, LIMITS.title),
    ...optional('url', safeUrl(s.url), (url) => url),
    date: displayText(s.date, 40),
  };
}

function feature(f: StoryFeature): StoryFeature {
  const p = f.properties;
  return {
    ...f,
    properties: {
      ...p,
      name: displayText(p.name, LIMITS.name),
      ...optional('altNames', p.altNames, names),
      summary: displayText(p.summary, LIMITS.summary),
      ...optional('date', p.date, (d) => displayText(d, 40)),
      ...optional('claimants', p.claimants, names),
      source: (p.source ?? []).map(source),
    },
  };
}

function layer(l: StoryLayer): StoryLayer {
  return {
    ...l,
    title: displayText(l.title, LIMITS.name),
    description: displayText(l.description, LIMITS.summary),
    data: { ...l.data, features: l.data.features.map(feature) },
    labels: {
      ...l.labels,
      features: l.labels.features.map((f) => ({ ...f, properties: { ...f.properties, name: displayText(f.properties.name, LIMITS.name) } })),
    },
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
 * The story as the app shows it: every string that came from data cleaned of invisible
 * formatting characters and capped in length, and every source URL that is not http(s) dropped
 * (its title is then shown without a link). Svelte renders all of it as text, never as markup.
 */
export function sanitizeStory(story: StoryData): StoryData {
  // The deck's texts are cleaned by validateDeck, as every deck (default, saved, imported) passes it.
  return { ...story, layers: story.layers.map(layer), article: article(story.article) };
}
