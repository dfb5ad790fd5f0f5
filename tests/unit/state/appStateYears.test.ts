import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { textOf } from '../textOf.ts';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
/** The app started from a link once the story's text has come (as a briefing link starts it), or before. */
const started = (hash = '', withText = true) => {
  const app = new AppState();
  if (withText) app.text = textOf(story);
  app.start(story, story.deck, hash);
  return app;
};

describe('the year range in the app state', () => {
  it('reads the range from a link and writes it back', () => {
    const app = started('#years=2014-2020');
    expect(app.years).toEqual([2014, 2020]);
    expect(app.hiddenByYears.has('typhoon-haiyan-relief')).toBe(true);
    expect(app.hiddenByYears.has('senkaku-islands')).toBe(false);
    expect(app.hash()).toContain('years=2014-2020');
  });

  it('keeps a range as the link says until the article has come: its passages are dated too', () => {
    // 1940–2024 covers every feature's date; whether it covers every passage's is not known yet.
    const app = started('#years=1940-2024', false);
    expect(app.years).toEqual([1940, 2024]);
    expect(app.hiddenByYears.size).toBe(0);
    expect(app.hash()).toContain('years=1940-2024');
    expect(started('#years=1940-2024').years).toBeNull();
  });

  it('counts a range covering every dated thing as no range at all', () => {
    const app = started('#years=1900-2099');
    expect(app.years).toBeNull();
    app.setYears([1945, 2020]);
    expect(app.years).toBeNull();
    expect(app.hash()).not.toContain('years=');
    expect(app.hiddenByYears.size).toBe(0);
  });

  it('does not open on a selection the range hides, and clears one the range comes to hide', () => {
    expect(started('#sel=typhoon-haiyan-relief&years=2014-2020').selectedId).toBeNull();
    const app = started('#sel=typhoon-haiyan-relief');
    expect(app.selectedId).toBe('typhoon-haiyan-relief');
    app.setYears([2014, 2020]);
    expect(app.selectedId).toBeNull();
  });

  it('keeps an undated selection whatever the range', () => {
    const app = started('#sel=senkaku-islands');
    app.setYears([1990, 1991]);
    expect(app.selectedId).toBe('senkaku-islands');
  });

  it('tells whether a passage lies in the range', () => {
    const app = started('#years=2014-2020');
    const passages = story.article.paragraphs.flat();
    const dialogue = passages.find((p) => p.text.includes('July 2018'))!;
    const seventies = passages.find((p) => p.text.includes('early 1970s'))!;
    const undated = passages.find((p) => p.text.startsWith('Tokyo and Washington'))!;
    expect(app.passageInYears(dialogue.id)).toBe(true);
    expect(app.passageInYears(seventies.id)).toBe(false);
    expect(app.passageInYears(undated.id)).toBe(true);
  });

  it('reveals a feature: turns its layer on and widens the range just enough', () => {
    const app = started('#layers=quad&years=2014-2020');
    app.reveal('typhoon-haiyan-relief');
    expect(app.visible).toContain('relief');
    expect(app.years).toEqual([2013, 2020]);
    expect(app.hiddenByYears.has('typhoon-haiyan-relief')).toBe(false);
  });
});
