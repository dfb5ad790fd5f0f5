import { describe, expect, it } from 'vitest';
import { authoredParts, chooseLocalName, cityLocalName, geoNames } from '../../../scripts/localNames.ts';

describe('chooseLocalName: a place\'s own name among GeoNames\' untagged alternate names', () => {
  it('Japanese forms for Japan, not the Chinese or Korean ones, nor kana readings', () => {
    expect(chooseLocalName('ja', 'Naha', ['なはし', '那覇市', '那霸市', '나하 시'])).toBe('那覇市');
    expect(chooseLocalName('ja', 'Tokyo', ['Toquio', '東京', '东京', '東京都', '도쿄'])).toBe('東京');
    expect(chooseLocalName('ja', 'Ginowan', ['ぎのわん', '宜野湾', '宜野湾市', '宜野灣市'])).toBe('宜野湾');
  });

  it('simplified for the mainland (read in pinyin as the English name), traditional for Taiwan', () => {
    expect(chooseLocalName('zh-Hans', 'Guangzhou', ['广州', '广州市', '広州', '廣州', '광저우 시'])).toBe('广州');
    expect(chooseLocalName('zh-Hans', 'Shanghai', ['上海', '上海市', '中国上海', '상하이'])).toBe('上海');
    expect(chooseLocalName('zh-Hans', 'Huilong', ['启动'])).toBeUndefined();
    expect(chooseLocalName('zh-Hant', 'Taipei', ['台北市', '臺北市', '타이베이'])).toBe('臺北市');
    // GeoNames' 巿 (U+5DFF) for 市.
    expect(chooseLocalName('zh-Hant', 'Kaohsiung', ['高雄巿', '高雄市'])).toBe('高雄市');
  });

  it('Hangul for Korea, Vietnamese spelling for Viet Nam, nothing for Latin-script countries', () => {
    expect(chooseLocalName('ko', 'Seoul', ['ソウル特別市', '首尔', '서울', '서울특별시'])).toBe('서울');
    expect(chooseLocalName('vi', 'Hanoi', ['Hanoï', 'Hà Nội', 'ハノイ'])).toBe('Hà Nội');
    expect(chooseLocalName('latin', 'Manila', ['Maynila'])).toBeUndefined();
  });

  it('finds a city\'s GeoNames place by name and position', () => {
    const places = geoNames();
    expect(cityLocalName(places, 'Naha', 'JP', 127.68, 26.21)).toEqual({ text: '那覇市', script: 'ja' });
    expect(cityLocalName(places, 'Naha', 'JP', 140, 40)).toBeUndefined();
    expect(cityLocalName(places, 'Manila', 'PH', 120.98, 14.6)).toBeUndefined();
  });
});

describe('authoredParts: the names of a disputed place that are not English', () => {
  it('each claimant\'s, once, in the file\'s order; none the map has no font for', () => {
    expect(
      authoredParts([
        { name: '永暑礁', lang: 'zh-Hans' },
        { name: '永暑礁', lang: 'zh-Hant' },
        { name: 'Fiery Cross Reef', lang: 'en' },
        { name: 'Đá Chữ Thập', lang: 'vi' },
        { name: 'Kagitingan Reef', lang: 'en-PH' },
        { name: 'แนวปะการัง', lang: 'th' },
      ]),
    ).toEqual([
      { text: '永暑礁', script: 'zh-Hans' },
      { text: 'Đá Chữ Thập', script: 'vi' },
      { text: 'Kagitingan Reef', script: 'latin' },
    ]);
  });
});
