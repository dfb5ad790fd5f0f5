import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { dateYears, hiddenIds, inRange, storyYears, textYears, withHidden } from '../../../src/story/timeline.ts';
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const years = storyYears(story.layers, story.article);
const passage = (start: string) => story.article.paragraphs.flat().find((p) => p.text.startsWith(start))!;

describe('dateYears', () => {
  it('reads a year, a month, a day and an interval', () => {
    expect(dateYears('1960')).toEqual([1960, 1960]);
    expect(dateYears('2013-11')).toEqual([2013, 2013]);
    expect(dateYears('2020-11-17')).toEqual([2020, 2020]);
    expect(dateYears('2019-12/2020-02')).toEqual([2019, 2020]);
  });

  it('gives null for something that is not a date', () => {
    expect(dateYears('soon')).toBeNull();
    expect(dateYears('2019/later')).toBeNull();
  });
});

describe('textYears', () => {
  it('finds single years, a month and year, a decade and short and long ranges', () => {
    expect(textYears('Australia and Japan held the inaugural Ministerial Economic Dialogue in July 2018.')).toEqual([[2018, 2018]]);
    expect(textYears('in the early 1970s a position')).toEqual([[1970, 1979]]);
    expect(textYears('the 2019–20 bushfires')).toEqual([[2019, 2020]]);
    expect(textYears('from 2014-2017')).toEqual([[2014, 2017]]);
    expect(textYears('over 1999–00')).toEqual([[1999, 2000]]);
  });

  it('keeps several years in the order written', () => {
    expect(textYears('in 2007, agreed to share military supplies in 2013, expanded in 2017')).toEqual([
      [2007, 2007],
      [2013, 2013],
      [2017, 2017],
    ]);
  });

  it('ignores numbers that are not years', () => {
    expect(textYears('about 50,000 American troops for 26 years, 1,960 km, 3.2019 and 12019')).toEqual([]);
    expect(textYears('in 1850 and 2150')).toEqual([]);
  });
});

describe('inRange', () => {
  it('shows undated things whatever the range', () => {
    expect(inRange([], [2014, 2020])).toBe(true);
  });

  it('shows everything when there is no range', () => {
    expect(inRange([[1960, 1960]], null)).toBe(true);
  });

  it('shows a span that overlaps the range, at either end, and hides one wholly outside', () => {
    expect(inRange([[2013, 2013]], [2014, 2020])).toBe(false);
    expect(inRange([[2014, 2017]], [2016, 2020])).toBe(true);
    expect(inRange([[2019, 2020]], [2010, 2019])).toBe(true);
    expect(inRange([[2021, 2022]], [2010, 2020])).toBe(false);
  });

  it('shows a passage when any of its years is in range', () => {
    expect(inRange([[1960, 1960], [2020, 2020]], [2019, 2020])).toBe(true);
    expect(inRange([[1960, 1960], [2020, 2020]], [1970, 2010])).toBe(false);
  });
});

describe('storyYears on the story', () => {
  it('dates the features the issue names', () => {
    expect(years.features.get('us-forces-okinawa')).toEqual([1945, Infinity]);
    expect(years.features.get('great-east-japan-earthquake')).toEqual([2011, 2011]);
    expect(years.features.get('typhoon-haiyan-relief')).toEqual([2013, 2013]);
    expect(years.features.get('mh370-search')).toEqual([2014, 2017]);
    expect(years.features.get('quad-meeting-new-york-2019')).toEqual([2019, 2019]);
    expect(years.features.get('tokyo-press-conference-2020')).toEqual([2020, 2020]);
  });

  it('leaves undated features out (they always show)', () => {
    expect(years.features.has('okinawa')).toBe(false);
  });

  it('dates the passages by the years they mention', () => {
    expect(years.passages.get(passage('Australia and Japan held the inaugural').id)).toEqual([[2018, 2018]]);
    expect(years.passages.get(passage('On defense, the two states').id)).toEqual([
      [2007, 2007],
      [2013, 2013],
      [2017, 2017],
    ]);
    expect(years.passages.get(passage('The two prime minister held').id)).toEqual([[2020, 2020]]);
    expect(years.passages.has(passage('Tokyo and Washington have pushed').id)).toBe(false);
  });

  it('spans 1945 to 2020, and steps through the years something starts or ends (an open end is no step)', () => {
    expect(years.extent).toEqual([1945, 2020]);
    expect(years.steps[0]).toBe(1945);
    expect(years.steps.every(Number.isFinite)).toBe(true);
    expect(years.steps).toContain(2013);
    expect(years.steps).toContain(2017);
    expect(years.steps).not.toContain(2016);
    expect(years.steps.at(-1)).toBe(2020);
    expect([...years.steps].sort((a, b) => a - b)).toEqual(years.steps);
  });
});

describe('hiddenIds and withHidden', () => {
  it('hides Haiyan when the range starts after 2013, and keeps undated features', () => {
    const hidden = hiddenIds(years.features, [2014, 2020]);
    expect(hidden).toContain('typhoon-haiyan-relief');
    expect(hidden).not.toContain('mh370-search');
    expect(hidden).not.toContain('okinawa');
  });

  it('shows what lasts whenever its range overlaps the years shown: US forces on Okinawa in 2010–2020, the Senkaku claims too', () => {
    const hidden = hiddenIds(years.features, [2010, 2020]);
    expect(hidden).not.toContain('us-forces-okinawa');
    expect(hidden).not.toContain('senkaku-islands');
    expect(hidden).not.toContain('nine-dash-line');
    expect(hiddenIds(years.features, [1930, 1940])).toContain('us-forces-okinawa');
  });

  it('hides nothing without a range', () => {
    expect(hiddenIds(years.features, null)).toEqual([]);
  });

  it('adds the hidden ids to a layer filter, or leaves it as it was', () => {
    const base: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Point']]];
    expect(withHidden(base, [])).toBe(base);
    expect(withHidden(undefined, [])).toBeNull();
    expect(withHidden(base, ['a'])).toEqual(['all', base, ['!', ['in', ['get', 'id'], ['literal', ['a']]]]]);
    expect(withHidden(undefined, ['a'])).toEqual(['!', ['in', ['get', 'id'], ['literal', ['a']]]]);
  });

  it('makes filters that pass MapLibre style validation', () => {
    const filter = withHidden(['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]], ['typhoon-haiyan-relief', 'pko-cambodia'])!;
    const style = {
      version: 8,
      sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [
        { id: 'points', type: 'circle', source: 's', filter },
        { id: 'labels', type: 'circle', source: 's', filter: withHidden(undefined, ['a'])! },
      ],
    } as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
  });
});
