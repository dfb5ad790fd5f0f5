import type { ServedText, StoryText } from '../story/storyData';
import { sanitizeText } from '../story/sanitizeText';
import { fetchDataFile } from '../map/loadBasemap';

const isList = (value: unknown) => value === undefined || Array.isArray(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `json` has the shape of `data/text.json`: an article, and by feature id a summary and a list of sources each. */
function isText(json: unknown): json is ServedText {
  return (
    isRecord(json) &&
    isRecord(json.article) &&
    Array.isArray(json.article.paragraphs) &&
    json.article.paragraphs.every((p) => Array.isArray(p) && p.every((s) => isRecord(s) && typeof s.text === 'string' && Array.isArray(s.links))) &&
    isRecord(json.details) &&
    Object.values(json.details).every(
      (d) =>
        isRecord(d) &&
        typeof d.summary === 'string' &&
        Array.isArray(d.source) &&
        d.source.every(isRecord) &&
        isList(d.altNames) &&
        isList(d.claimants) &&
        isList(d.names) &&
        ((d.names as unknown[] | undefined) ?? []).every((n) => isRecord(n) && Array.isArray(n.usedBy) && isRecord(n.source)),
    )
  );
}

/**
 * The story's text (`data/text.json`): the article, and each feature's summary, sources and names,
 * shape checked and cleaned for display. The map's first view does without it; the app asks once
 * the map is drawn, and the presenter window at once (see App.svelte).
 */
export async function loadText(): Promise<StoryText> {
  const served = await fetchDataFile<unknown>('data/text.json');
  if (!isText(served)) throw new Error('data/text.json is not the story text (no article, or a feature without a summary or sources)');
  return sanitizeText(served);
}
