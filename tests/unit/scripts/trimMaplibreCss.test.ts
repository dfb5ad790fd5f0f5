import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import postcss, { type Rule } from 'postcss';
import { trimMaplibreCss, UNUSED_MAPLIBRE_CLASSES } from '../../../scripts/trimMaplibreCss.ts';

const full = readFileSync(new URL('../../../node_modules/maplibre-gl/dist/maplibre-gl.css', import.meta.url), 'utf8');
const trimmed = trimMaplibreCss(full);

describe('trimMaplibreCss', () => {
  it('drops the selectors that name an unused control, and a rule with its last selector', () => {
    const css = '.maplibregl-map{overflow:hidden}.maplibregl-popup{display:flex}.maplibregl-popup-tip,.maplibregl-ctrl{z-index:2}';
    expect(trimMaplibreCss(css)).toBe('.maplibregl-map{overflow:hidden}.maplibregl-ctrl{z-index:2}');
  });

  it('drops at-rules left empty and keyframes no rule uses any more', () => {
    const css =
      '@media (forced-colors:active){.maplibregl-ctrl-logo{color:red}}@keyframes maplibregl-user-location-dot-pulse{0%{opacity:1}}.maplibregl-user-location-dot:before{animation:maplibregl-user-location-dot-pulse 2s}.maplibregl-canvas{left:0}';
    expect(trimMaplibreCss(css)).toBe('.maplibregl-canvas{left:0}');
  });

  it("keeps every other selector with its declarations: the map, its canvas, zoom buttons, scale bar and attribution", () => {
    const rules = (css: string) => {
      const found: { context: string; selectors: string[]; body: string }[] = [];
      postcss.parse(css).walkRules((r: Rule) => {
        // Keyframes go with the last rule that runs them (see the test above).
        if (r.parent?.type === 'atrule' && /keyframes$/.test((r.parent as postcss.AtRule).name)) return;
        const context = r.parent?.type === 'atrule' ? `@${(r.parent as postcss.AtRule).name} ${(r.parent as postcss.AtRule).params}` : '';
        found.push({ context, selectors: r.selectors, body: r.nodes.map(String).join(';') });
      });
      return found;
    };
    const after = rules(trimmed);
    const unused = new RegExp(UNUSED_MAPLIBRE_CLASSES.join('|'));
    let checked = 0;
    for (const rule of rules(full)) {
      for (const selector of rule.selectors.filter((s) => !unused.test(s))) {
        const kept = after.some((r) => r.context === rule.context && r.body === rule.body && r.selectors.includes(selector));
        expect(kept, `${rule.context} ${selector}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
    for (const shown of ['.maplibregl-canvas', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib', '.maplibregl-boxzoom']) {
      expect(trimmed, shown).toContain(shown);
    }
  });

  it('leaves nothing of the unused controls, and most of the file behind', () => {
    for (const unused of UNUSED_MAPLIBRE_CLASSES) expect(trimmed, unused).not.toContain(`.${unused}`);
    expect(trimmed.length).toBeLessThan(full.length / 5);
  });
});
