import { describe, expect, it } from 'vitest';
import { formatHash, namesSlide, parseHash, storyInHash, wrapLon, type HashState, type Known } from '../../../src/state/hash.ts';

/** A fresh set of known ids: three layers in manifest order and two features. */
const known = (): Known => ({ layerIds: ['quad', 'scs', 'ecs'], featureIds: new Set(['okinawa', 'senkaku-islands']) });

describe('parseHash', () => {
  it('reads view, layers and selection', () => {
    expect(parseHash('#map=6/26.50/127.90&layers=quad,scs&sel=okinawa', known())).toEqual({
      view: { zoom: 6, lat: 26.5, lon: 127.9 },
      layers: ['quad', 'scs'],
      selected: 'okinawa',
    });
  });

  it('reads a hash without the leading "#"', () => {
    expect(parseHash('sel=okinawa', known())).toEqual({ selected: 'okinawa' });
  });

  it('gives {} for an empty hash', () => {
    expect(parseHash('', known())).toEqual({});
    expect(parseHash('#', known())).toEqual({});
  });

  it('reads negative latitude and longitude', () => {
    expect(parseHash('#map=4/-35.28/-149.13', known()).view).toEqual({ zoom: 4, lat: -35.28, lon: -149.13 });
  });

  it('returns layers in manifest order whatever the hash order', () => {
    expect(parseHash('#layers=ecs,quad', known()).layers).toEqual(['quad', 'ecs']);
  });

  it('reads an empty layers list as "no layer visible"', () => {
    expect(parseHash('#layers=', known()).layers).toEqual([]);
  });

  it('falls back to the default layers when every listed id is unknown', () => {
    expect(parseHash('#layers=atlantis,,lemuria', known())).not.toHaveProperty('layers');
  });

  it('leaves layers out when the hash does not mention them', () => {
    expect(parseHash('#sel=okinawa', known())).not.toHaveProperty('layers');
  });

  it('drops unknown layer ids and keeps the known ones', () => {
    expect(parseHash('#layers=quad,atlantis,scs', known()).layers).toEqual(['quad', 'scs']);
  });

  it('drops an unknown selection and keeps the rest', () => {
    expect(parseHash('#map=6/26.5/127.9&sel=atlantis', known())).toEqual({ view: { zoom: 6, lat: 26.5, lon: 127.9 } });
  });

  it('ignores unknown keys', () => {
    expect(parseHash('#foo=bar&sel=okinawa', known())).toEqual({ selected: 'okinawa' });
  });

  it('drops a zoom beyond the maximum and keeps the other keys', () => {
    expect(parseHash('#map=99/26.5/127.9&sel=okinawa', known())).toEqual({ selected: 'okinawa' });
  });

  it('drops a latitude out of range', () => {
    expect(parseHash('#map=6/200/127.9', known())).toEqual({});
  });

  it('drops a latitude beyond the Web Mercator limit', () => {
    expect(parseHash('#map=6/86/127.9', known())).toEqual({});
  });

  it('drops a longitude out of range', () => {
    expect(parseHash('#map=6/26.5/181', known())).toEqual({});
  });

  it('drops a map value that is not numbers', () => {
    expect(parseHash('#map=abc', known())).toEqual({});
    expect(parseHash('#map=6/abc/127.9', known())).toEqual({});
  });

  it('drops a map value with too few parts', () => {
    expect(parseHash('#map=1/2', known())).toEqual({});
  });

  it('drops a map value with too many parts', () => {
    expect(parseHash('#map=6/26.5/127.9/4', known())).toEqual({});
  });

  it('drops numbers written in exponent or hexadecimal form', () => {
    expect(parseHash('#map=6/2e1/127.9', known())).toEqual({});
    expect(parseHash('#map=0x6/26.5/127.9', known())).toEqual({});
  });

  it('ignores 10 kB of junk entirely, even around valid keys', () => {
    const junk = `#map=6/26.5/127.9&sel=okinawa&${'%zz&=#?'.repeat(1500)}`;
    expect(junk.length).toBeGreaterThan(10_000);
    expect(parseHash(junk, known())).toEqual({});
  });

  it('reads a year range', () => {
    expect(parseHash('#map=6/26.5/127.9&years=2010-2020', known())).toEqual({ view: { zoom: 6, lat: 26.5, lon: 127.9 }, years: [2010, 2020] });
    expect(parseHash('#years=2013-2013', known()).years).toEqual([2013, 2013]);
  });

  it('drops a year range that is backwards or malformed', () => {
    for (const bad of ['2020-2010', '2010', '2010-', '10-2020', '2010-2020-2030', 'abcd-efgh', '2010–2020', '+2010-2020']) {
      expect(parseHash(`#years=${bad}&sel=okinawa`, known()), bad).toEqual({ selected: 'okinawa' });
    }
  });

  it('survives malformed percent-encoding', () => {
    expect(parseHash('#sel=%E0%A4%A&map=6/26.5/127.9', known())).toEqual({ view: { zoom: 6, lat: 26.5, lon: 127.9 } });
  });
});

describe('formatHash', () => {
  it('writes view, layers and selection in that order', () => {
    const hash = formatHash({ view: { zoom: 6, lat: 26.5, lon: 127.9 }, layers: ['quad'], selected: 'okinawa' });
    expect(hash).toMatch(/^#map=6\.00\/26\.50+\/127\.90+&layers=quad&sel=okinawa$/);
  });

  it('writes the documented example exactly', () => {
    expect(formatHash({ view: { zoom: 6, lat: 26.5, lon: 127.9 }, selected: 'okinawa' })).toBe('#map=6.00/26.500/127.900&sel=okinawa');
  });

  it('writes the year range last', () => {
    expect(formatHash({ selected: 'okinawa', years: [2010, 2020] })).toBe('#sel=okinawa&years=2010-2020');
  });

  it('writes an empty string for an empty state', () => {
    expect(formatHash({})).toBe('');
  });

  it('leaves layers out when they equal the default', () => {
    expect(formatHash({ layers: ['quad', 'scs'], selected: 'okinawa' }, ['quad', 'scs'])).toBe('#sel=okinawa');
  });

  it('writes layers that differ from the default', () => {
    expect(formatHash({ layers: ['quad'] }, ['quad', 'scs'])).toBe('#layers=quad');
  });

  it('writes an empty layers list when every layer is hidden', () => {
    expect(formatHash({ layers: [] }, ['quad', 'scs'])).toBe('#layers=');
  });

  it('writes more decimals as the zoom grows', () => {
    const decimals = (zoom: number) => formatHash({ view: { zoom, lat: 26.5, lon: 127.9 } }).split('/')[1].split('.')[1].length;
    expect(decimals(2)).toBeGreaterThanOrEqual(2);
    expect(decimals(18)).toBeGreaterThan(decimals(2));
  });

  it('wraps the longitude into [-180, 180)', () => {
    expect(formatHash({ view: { zoom: 3, lat: 0, lon: 190 } })).toMatch(/^#map=3\.00\/0\.0+\/-170\.0+$/);
  });
});

describe('formatHash then parseHash', () => {
  const roundTrip = (state: HashState, defaultLayers?: string[]) => parseHash(formatHash(state, defaultLayers), known());

  it('gives back view, layers and selection', () => {
    const state: HashState = { view: { zoom: 6, lat: 26.5, lon: 127.9 }, layers: ['quad', 'ecs'], selected: 'okinawa' };
    expect(roundTrip(state)).toEqual(state);
  });

  it('gives back a year range', () => {
    const state: HashState = { view: { zoom: 6, lat: 26.5, lon: 127.9 }, selected: 'okinawa', years: [1960, 2013] };
    expect(roundTrip(state)).toEqual(state);
  });

  it('gives back a fractional zoom', () => {
    const state: HashState = { view: { zoom: 7.25, lat: -12.125, lon: 130.5 } };
    expect(roundTrip(state)).toEqual(state);
  });

  it('gives back "no layer visible"', () => {
    expect(roundTrip({ layers: [] }, ['quad', 'scs', 'ecs'])).toEqual({ layers: [] });
  });

  it('keeps a view to within a couple of pixels at zoom 18', () => {
    const view = { zoom: 18, lat: 26.212345678, lon: 127.681234567 };
    const back = roundTrip({ view }).view!;
    const pixelDegrees = 360 / (256 * 2 ** 18);
    expect(Math.abs(back.lat - view.lat)).toBeLessThan(2 * pixelDegrees);
    expect(Math.abs(back.lon - view.lon)).toBeLessThan(2 * pixelDegrees);
  });
});

describe('wrapLon', () => {
  it('leaves a longitude in range (to rounding)', () => {
    expect(wrapLon(127.9)).toBeCloseTo(127.9, 10);
    expect(wrapLon(-66)).toBe(-66);
    expect(wrapLon(0)).toBe(0);
  });

  it('wraps east of 180 to the west', () => {
    expect(wrapLon(190)).toBe(-170);
  });

  it('wraps west of -180 to the east', () => {
    expect(wrapLon(-190)).toBe(170);
  });

  it('maps 180 to -180', () => {
    expect(wrapLon(180)).toBe(-180);
    expect(wrapLon(-180)).toBe(-180);
  });

  it('wraps several turns', () => {
    expect(wrapLon(127 + 720)).toBe(127);
    expect(wrapLon(127 - 1080)).toBe(127);
  });
});

describe('the slide in the hash', () => {
  const deckKnown: Known = { layerIds: ['quad'], featureIds: new Set<string>(), slideCount: 10 };
  it('reads a slide number', () => {
    expect(parseHash('#slide=3', deckKnown).slide).toBe(3);
  });
  it('drops a slide past the end, zero, or not a number', () => {
    for (const bad of ['#slide=11', '#slide=0', '#slide=-1', '#slide=x', '#slide=3.5']) expect(parseHash(bad, deckKnown).slide).toBeUndefined();
  });
  it('writes it after the rest and reads it back', () => {
    const hash = formatHash({ view: { zoom: 2, lat: 1, lon: 2 }, slide: 4 });
    expect(hash).toBe('#map=2.00/1.00/2.00&slide=4');
    expect(parseHash(hash, deckKnown).slide).toBe(4);
  });
});

describe('namesSlide', () => {
  it('tells a link that names a slide (before the deck is there to check it) from one that does not', () => {
    expect(namesSlide('#map=2.00/1.00/2.00&slide=4')).toBe(true);
    expect(namesSlide('#slide=x')).toBe(true);
    expect(namesSlide('#map=2.00/1.00/2.00&sel=okinawa')).toBe(false);
    expect(namesSlide('')).toBe(false);
    expect(namesSlide(`#slide=1&${'x'.repeat(3000)}`)).toBe(false);
  });
});

describe('the label language in a link', () => {
  it('reads en, local and both; ignores anything else', () => {
    expect(parseHash('#labels=local', known()).labels).toBe('local');
    expect(parseHash('#map=6/26.5/127.9&labels=both', known()).labels).toBe('both');
    expect(parseHash('#labels=en', known()).labels).toBe('en');
    for (const bad of ['#labels=klingon', '#labels=', '#labels=LOCAL', '#labels=__proto__']) expect(parseHash(bad, known()).labels).toBeUndefined();
  });

  it('writes local and both, and leaves English out', () => {
    expect(formatHash({ labels: 'both' })).toBe('#labels=both');
    expect(formatHash({ labels: 'en' })).toBe('');
    expect(parseHash(formatHash({ labels: 'local', selected: 'okinawa' }), known())).toEqual({ labels: 'local', selected: 'okinawa' });
  });
});


describe('the territorial seas in a link', () => {
  it('reads a kept story\'s id first of all, and writes it first so every deep link stays inside the story', () => {
    expect(storyInHash('#story=s-lq3k9x2a&sel=okinawa')).toBe('s-lq3k9x2a');
    expect(parseHash('#story=s-lq3k9x2a&map=6/26.5/127.9', known()).story).toBe('s-lq3k9x2a');
    for (const bad of ['#story=', '#story=builtin', '#story=s-AB12', '#story=s-1', `#story=s-${'a'.repeat(30)}`, '#sel=okinawa']) {
      expect(storyInHash(bad)).toBeNull();
    }
    expect(formatHash({ story: 's-lq3k9x2a', selected: 'okinawa', slide: 2 })).toBe('#story=s-lq3k9x2a&sel=okinawa&slide=2');
  });

  it('reads maritime=on and nothing else as on; writes it only when on', () => {
    expect(parseHash('#map=8/10.4/114.4&maritime=on', known()).maritime).toBe(true);
    for (const other of ['#maritime=1', '#maritime=', '#maritime=ON', '#map=8/10.4/114.4']) expect(parseHash(other, known()).maritime).toBeUndefined();
    expect(formatHash({ maritime: true, labels: 'both' })).toBe('#labels=both&maritime=on');
    expect(formatHash({ maritime: false })).toBe('');
  });
});
