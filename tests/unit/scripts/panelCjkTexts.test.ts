import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { panelCjkTexts } from '../../../scripts/panelCjkTexts.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const source = (title: string, lang?: string) => ({ publication: 'P', title, date: '2020', ...(lang ? { lang } : {}) });

/** A project root holding one geo file with one feature of these properties. */
function rootWith(properties: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'panel-cjk-'));
  mkdirSync(join(dir, 'geo'));
  const feature = { type: 'Feature', id: 'f', geometry: null, properties: { name: 'F', summary: 'S', source: [source('T')], ...properties } };
  writeFileSync(join(dir, 'geo', 'x.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
  return dir;
}

describe('the CJK text the panel shows, by script', () => {
  it('takes names by their language and source titles by theirs', () => {
    const texts = panelCjkTexts(rootWith({ names: [{ name: '尖閣諸島', lang: 'ja', usedBy: ['Japan'], source: source('外交青書', 'ja') }], source: [source('東海和平倡議', 'zh-Hant')] }));
    expect(texts.ja).toEqual(['尖閣諸島', '外交青書']);
    expect(texts['zh-Hant']).toEqual(['東海和平倡議']);
    expect(texts['zh-Hans']).toEqual([]);
  });

  it('gives an alternative name, which says no language, and CJK words in an English title to every script whose font has them', () => {
    const texts = panelCjkTexts(rootWith({ altNames: ['ADIZ', '东海'], source: [source('East Sea (동해)', 'en')] }));
    expect(texts['zh-Hans']).toEqual(['东海']);
    expect(texts.ko).toEqual(['East Sea (동해)']);
    expect(texts.ja).not.toContain('East Sea (동해)');
  });

  it('fails naming file, feature and rule where CJK text says no language', () => {
    expect(() => panelCjkTexts(rootWith({ source: [source('国防部发布')] }))).toThrow('geo/x.geojson: feature "f": rule cjk-lang: "国防部发布" is written in a CJK script');
    expect(() => panelCjkTexts(rootWith({ summary: '钓鱼岛' }))).toThrow('geo/x.geojson: feature "f": rule cjk-lang: "钓鱼岛"');
  });

  it('fails where the language\'s font lacks a character', () => {
    expect(() => panelCjkTexts(rootWith({ names: [{ name: '동해', lang: 'ja', usedBy: ['Korea'], source: source('T') }] }))).toThrow('rule names-font: the ja font lacks a character of "동해"');
  });

  it('holds every CJK title and name of the story and the seas', () => {
    const texts = panelCjkTexts(root);
    expect(texts['zh-Hant']).toContain('外交部重申釣魚臺列嶼為中華民國固有領土 (MOFA reaffirms that the Diaoyutai Islands are inherent ROC territory)');
    expect(texts['zh-Hans'].some((t) => t.startsWith('国防部发布'))).toBe(true);
    expect(texts.ja).toContain('外交青書 2023 (Diplomatic Bluebook 2023)');
    expect(texts.ko).toContain('동해');
    expect(texts['zh-Hans']).toContain('东海防空识别区');
  });
});
