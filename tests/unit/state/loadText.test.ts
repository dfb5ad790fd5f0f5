import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory as checkedStory } from '../../../scripts/loadStory.ts';
import { splitStory } from '../../../src/story/splitStory.ts';

// The build generates this module; here the text is "embedded" as the single file carries it.
const embedded: Record<string, unknown> = {};
vi.mock('virtual:data-files', () => ({ urls: {}, embedded, detailIds: [] }));
const { loadText } = await import('../../../src/state/loadText.ts');

const checked = checkedStory(fileURLToPath(new URL('../../..', import.meta.url)));
/** As the build writes data/text.json. */
const servedText = () => structuredClone(splitStory(checked).text);
const japan = () => checked.layers.flatMap((l) => l.data.features).find((f) => f.properties.naturalEarthCountry === 'Japan')!;

beforeEach(() => {
  for (const key of Object.keys(embedded)) delete embedded[key];
});

describe('loadText: the article, summaries, sources and names, after the first view', () => {
  it('gives the article and each feature its details by id, cleaned for display', async () => {
    const text = servedText();
    text.details[japan().id].summary = '\u202E<b>bold</b>';
    text.article.paragraphs[0][0].text += ' \u202Eelif.exe';
    embedded['data/text.json'] = text;
    const loaded = await loadText();
    expect(loaded.details.size).toBe(checked.layers.flatMap((l) => l.data.features).length);
    expect(loaded.details.get(japan().id)!.summary).toBe('<b>bold</b>');
    expect(loaded.details.get(japan().id)!.source).toEqual(japan().properties.source);
    expect(loaded.article.paragraphs[0][0].text).toMatch(/ elif\.exe$/);
    expect(JSON.stringify(loaded.article)).not.toMatch(/\u202E/);
  });

  it('refuses a file that is not the text: no article, a feature without a summary or sources, or a list that is not one', async () => {
    const { article } = servedText();
    const broken = [
      [],
      { details: {} },
      { article: { paragraphs: [[{ text: 1, links: [] }]] }, details: {} },
      { article, details: { japan: { source: [] } } },
      { article, details: { japan: { summary: 'S' } } },
      { article, details: { japan: { summary: 'S', source: ['text'] } } },
      { article, details: { japan: { summary: 'S', source: [], claimants: 'China' } } },
      { article, details: { japan: { summary: 'S', source: [], names: [{ name: 'N' }] } } },
    ];
    for (const file of broken) {
      embedded['data/text.json'] = file;
      await expect(loadText(), JSON.stringify(file).slice(0, 80)).rejects.toThrow('data/text.json is not the story text');
    }
  });
});
