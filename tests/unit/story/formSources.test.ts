import { describe, expect, it } from 'vitest';
import { formSources } from '../../../src/story/formSources';

describe('formSources', () => {
  it('trims each field, drops an empty address and a blank source, and keeps a title\'s language', () => {
    expect(
      formSources([
        { publication: ' MOFA ', title: '外交青書 2023', date: ' 2023 ', url: ' ', lang: 'ja' },
        { publication: ' ', title: '', date: '', url: '' },
        { publication: 'ABC', title: 'T', date: '2020', url: ' https://abc.net.au/x ' },
      ]),
    ).toEqual([
      { publication: 'MOFA', title: '外交青書 2023', date: '2023', lang: 'ja' },
      { publication: 'ABC', title: 'T', date: '2020', url: 'https://abc.net.au/x' },
    ]);
  });
});
