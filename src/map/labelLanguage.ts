import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { cjkFonts, embeddedLocalNames, localNamesUrl } from 'virtual:local-labels';
import type { StyleInput, StyleLayerInput } from './buildStyle';
import { COUNTRY_LABEL_LAYER, LABEL_SOURCE, PLACE_LABEL_LAYERS, SEA_LABEL_LAYER, SMALL_COUNTRY_LABEL_LAYER, STORY_LABEL_LAYER, STORY_SOURCE } from './ids';
import { setSourceData } from './setSourceData';
import { CJK_FONT, CJK_SCRIPTS, withBasemapLocalNames, withStoryLocalNames, type LabelLanguage, type LocalNames } from './localLabels';

let names: Promise<LocalNames> | undefined;

/** The labels' local names (fetched once, when first asked for; carried in the single file). */
export function loadLocalNames(): Promise<LocalNames> {
  names ??= (async () => {
    if (embeddedLocalNames) return embeddedLocalNames;
    const response = await fetch(new URL(localNamesUrl!, document.baseURI)).catch(() => {
      throw new Error('the server did not answer');
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return (await response.json()) as LocalNames;
  })();
  names.catch(() => (names = undefined));
  return names;
}

/** The font-faces entries of the CJK label fonts, by MapLibre font name, as absolute URLs on this page's origin. */
export const cjkFontFaces = (base = document.baseURI) =>
  Object.fromEntries(
    CJK_SCRIPTS.map((script) => [
      CJK_FONT[script],
      cjkFonts.filter((f) => f.script === script).map(({ url, range }) => ({ url: new URL(url, base).href, 'unicode-range': range.split(',') })),
    ]),
  );

/**
 * The style input and story layers that draw names in `language`, from the English ones: for
 * `local` and `both`, the label points carry their local names and the CJK fonts are declared.
 */
export async function labelLanguageInput(language: LabelLanguage, english: StyleInput, layers: StyleLayerInput[]): Promise<{ input: StyleInput; layers: StyleLayerInput[] }> {
  if (language === 'en') return { input: { ...english, language }, layers };
  const local = await loadLocalNames();
  return {
    input: { ...english, language, labels: typeof english.labels === 'string' ? english.labels : withBasemapLocalNames(english.labels, local), cjkFontFaces: cjkFontFaces() },
    layers: layers.map((l) => ({ ...l, labels: withStoryLocalNames(l.labels, local) })),
  };
}

/** The layers whose names the label language changes. */
const NAME_LAYERS = [SEA_LABEL_LAYER, ...PLACE_LABEL_LAYERS, COUNTRY_LABEL_LAYER, SMALL_COUNTRY_LABEL_LAYER, STORY_LABEL_LAYER];

/**
 * Draws a live map's names as `style` (a buildStyle for another label language) does: its fonts,
 * its names' `text-field`s and the label sources' data. The rest of the map (highlights,
 * annotations, drawings) stays as it is, which a whole new style would remove.
 */
export function applyLabelLanguage(map: MapLibreMap, style: StyleSpecification): void {
  map.setFontFaces(style['font-faces']);
  for (const layer of style.layers) {
    if (NAME_LAYERS.includes(layer.id) && layer.type === 'symbol' && map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-field', layer.layout!['text-field']);
  }
  for (const id of [LABEL_SOURCE, STORY_SOURCE]) setSourceData(map, style, id);
}
