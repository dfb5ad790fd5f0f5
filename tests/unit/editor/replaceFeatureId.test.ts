import { describe, expect, it } from 'vitest';
import { replaceFeatureId } from '../../../src/editor/replaceFeatureId.ts';
import { LinkError } from '../../../src/editor/linkError.ts';
import { ARTICLE, linkedIds as ids, texts } from './articleHelpers.ts';

describe('replaceFeatureId', () => {
  it('removes an id from every link; a link left with none becomes plain text', () => {
    const out = replaceFeatureId(ARTICLE, 'joint-declaration-2007', null);
    expect(ids(out)).not.toContain('joint-declaration-2007');
    expect(out).toContain('first entered into a cooperation agreement in 2007, [agreed');
    expect(out).toContain('Based on the 2007 Joint Declaration on Security Cooperation, security');
    expect(texts(out)).toEqual(texts(ARTICLE));
    // A link to several features keeps the others.
    const scs = replaceFeatureId(ARTICLE, 'spratly-islands', null);
    expect(scs).toContain('[South](#nine-dash-line,paracel-islands,scarborough-shoal)');
    expect(scs).toContain('[maritime territorial disputes](#paracel-islands,scarborough-shoal,senkaku-islands)');
    expect(ids(scs).filter((id) => id !== 'spratly-islands')).toEqual(ids(ARTICLE).filter((id) => id !== 'spratly-islands'));
  });

  it('points every link at another feature, each id once (a merge)', () => {
    const out = replaceFeatureId(ARTICLE, 'acsa-2010', 'acsa-2017');
    expect(out).toContain('[agreed to share military supplies in 2013](#acsa-2017)');
    expect(out).toContain('[Acquisition and Cross Servicing Agreement](#acsa-2017)');
    expect(texts(out)).toEqual(texts(ARTICLE));
  });

  it('leaves an article without that id as it was', () => {
    expect(replaceFeatureId(ARTICLE, 'no-such-feature', null)).toBe(ARTICLE);
  });

  it('refuses a replacement that is no feature id', () => {
    expect(() => replaceFeatureId(ARTICLE, 'okinawa', 'Okinawa Island')).toThrow(LinkError);
  });
});
