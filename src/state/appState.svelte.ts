import type { Feature } from 'geojson';
import type { StoryData, StoryText } from '../story/storyData';
import type { StoryFeature, StoryLayer } from '../story/types';
import type { Deck, Slide, SlideCamera } from '../story/deck';
import type { Drawing } from '../map/drawing';
import { featureBounds, type Bounds } from '../map/featureBounds';
import { hiddenIds, inRange, storyYears, type YearRange } from '../story/timeline';
import { formatHash, parseHash, type HashState, type View } from './hash';
import type { LabelLanguage } from '../map/localLabels';
import type { MaritimeZone } from '../map/maritimeZones';

/** A camera move the map should make; `seq` makes a repeated request distinct. */
export type CameraRequest =
  | { kind: 'fit'; bounds: Bounds; seq: number }
  | { kind: 'jump'; view: View; seq: number }
  | { kind: 'slide'; camera: SlideCamera; seq: number; /** The slide shows passages over the map. */ passages: boolean };

export interface Located {
  feature: StoryFeature;
  layer: StoryLayer;
}

/** What the map component offers the rest of the app (it alone touches MapLibre). */
export interface MapActions {
  /**
   * The map as drawn now, copied to a canvas at `pixelRatio` times the screen's size. With
   * `slide`, the map first shows that slide (camera and layers, no animation).
   */
  snapshot(options: { pixelRatio: number; slide?: Slide }): Promise<HTMLCanvasElement>;
  /** Ground metres per CSS pixel at the centre of the view. */
  metersPerPixel(): number;
  /** The map's width on screen, in CSS pixels. */
  cssWidth(): number;
  /** The map's drawing engine (loaded with the first call: only those who draw need it). */
  drawing(): Promise<Drawing>;
}

/**
 * The state the whole app shares: the story, visible layers, the selection, the camera and the
 * briefing. Components read it; the map component pushes it into MapLibre; the URL hash mirrors it.
 */
export class AppState {
  story = $state.raw<StoryData | null>(null);
  /** The id of the story kept in this browser being shown (null: the built-in one, or an offline file's); every link keeps it. */
  storyId = $state<string | null>(null);
  /** The article and each feature's summary, sources and names: null until they have come, after the first view. */
  text = $state.raw<StoryText | null>(null);
  /** Visible story layer ids, in manifest order. */
  visible = $state.raw<readonly string[]>([]);
  selectedId = $state<string | null>(null);
  /** The basemap sea whose names the panel shows (its id in `geo/seas.geojson`), when no feature is selected. */
  selectedSea = $state<string | null>(null);
  /** Features drawn highlighted besides the selection (a slide's highlights). */
  highlighted = $state.raw<readonly string[]>([]);
  /** Last settled camera, as the map reported it. */
  view = $state.raw<View | null>(null);
  camera = $state.raw<CameraRequest | null>(null);
  /**
   * The map's first complete render: 'loading' until it is drawn, 'drawn' after, 'none' when there
   * is no map to wait for (no WebGL, no basemap, no story).
   */
  mapStatus = $state<'loading' | 'drawn' | 'none'>('loading');
  /** Work that will change the map (an import, a restore, a camera move), counted until the map has drawn it. */
  pending = $state(0);
  /** Whether the map is not yet what the reader asked for: true until its first render, and while work is pending on a drawn map. */
  busy = $derived(this.mapStatus === 'loading' || (this.mapStatus === 'drawn' && this.pending > 0));
  #error = $state<string | null>(null);
  /** A problem the user should know about, in plain words (see `report`). */
  get error(): string | null {
    return this.#error;
  }
  /** The deck being presented or edited. */
  deck = $state.raw<Deck | null>(null);
  /** Index of the slide on screen in present mode; null when not presenting. */
  slideIndex = $state<number | null>(null);
  /** The slide whose annotations are being drawn in the slide editor (outside present mode). */
  annotating = $state<number | null>(null);
  /** What the map component offers once the map exists (`map` elsewhere is always a MapLibre map). */
  mapActions = $state.raw<MapActions | null>(null);
  /** True when this browser cannot draw the map (no WebGL): the panel is all the reader has. */
  noMap = $state(false);
  /** First and last year shown; null shows every year. Undated features always show. */
  years = $state.raw<YearRange | null>(null);
  /** The language the map's names are drawn in (a link's, else the saved setting's: see App). */
  labelLanguage = $state<LabelLanguage>('en');
  /** Whether a link chose the label language (it then wins over the saved setting). */
  labelLanguageLinked = false;
  /** Whether the territorial seas are drawn (a basemap overlay, off by default). */
  maritime = $state(false);
  /** The territorial sea the reader last clicked, named under its toggle; null when none. */
  maritimeZone = $state.raw<MaritimeZone | null>(null);

  features = $derived.by(() => {
    const index = new Map<string, Located>();
    for (const layer of this.story?.layers ?? []) for (const feature of layer.data.features) index.set(feature.id, { feature, layer });
    return index;
  });
  selected = $derived(this.selectedId ? (this.features.get(this.selectedId) ?? null) : null);
  defaultLayers = $derived((this.story?.layers ?? []).filter((l) => l.visible).map((l) => l.id));
  presenting = $derived(this.slideIndex !== null);
  /** The annotations the map draws: the slide on screen's, or the one being annotated. */
  annotations = $derived(this.deck?.slides[this.slideIndex ?? this.annotating ?? -1]?.annotations ?? []);
  theme = $derived<'light' | 'projector'>(this.slideIndex !== null ? 'projector' : 'light');
  /** The years of every dated feature and passage (features only until the article has come). */
  dates = $derived(this.story ? storyYears(this.story.layers, this.text?.article ?? null) : null);
  /** Features the year range hides. */
  hiddenByYears = $derived(new Set(this.dates ? hiddenIds(this.dates.features, this.years) : []));

  #seq = 0;

  /** Tells the user of a problem, in plain words: the one way an error reaches the screen. */
  report(message: string): void {
    this.#error = message;
  }

  /** Work that will change the map has started; `done` says it is drawn (or came to nothing). */
  beginWork(): void {
    this.pending++;
  }

  doneWork(): void {
    this.pending = Math.max(0, this.pending - 1);
  }

  /**
   * Takes the story, the deck (null until the briefing has loaded it) and the state a link
   * describes; returns the view the map should open at, if any.
   */
  start(story: StoryData, deck: Deck | null, hash: string): View | undefined {
    this.story = story;
    this.deck = deck;
    const state = parseHash(hash, this.#known());
    this.#apply(state);
    return state.slide ? undefined : state.view;
  }

  /**
   * An edit replaced the story (see editor/storyEditor): a layer new to it shows as it says, the
   * others as the reader left them; a feature that is gone is no longer selected or highlighted.
   */
  replaceStory(story: StoryData, text: StoryText): void {
    const before = new Set((this.story?.layers ?? []).map((l) => l.id));
    const shown = new Set(this.visible);
    this.story = story;
    this.text = text;
    this.visible = story.layers.filter((l) => shown.has(l.id) || (!before.has(l.id) && l.visible)).map((l) => l.id);
    if (this.selectedId && !this.features.has(this.selectedId)) this.selectedId = null;
    this.highlighted = this.highlighted.filter((id) => this.features.has(id));
    this.#writeHash('replace');
  }

  /** Selects a feature (null clears). `fly` moves the camera to it; each selection is a history step. */
  select(id: string | null, options: { fly?: boolean } = {}): void {
    if (id !== null && !this.features.has(id)) return;
    if (id !== null) this.selectedSea = null;
    if (id !== this.selectedId) {
      this.selectedId = id;
      this.#writeHash('push');
    }
    if (id && options.fly) this.flyTo([id]);
  }

  /** Shows a sea's names in the panel (null clears), in place of a selected feature. */
  selectSea(id: string | null): void {
    if (id) this.select(null);
    this.selectedSea = id;
  }

  /** Fits the camera to the features' extent. */
  flyTo(ids: string[]): void {
    const bounds = featureBounds(ids.map((id) => this.features.get(id)?.feature).filter(Boolean) as Feature[]);
    if (bounds) this.fit(bounds);
  }

  /** Fits the camera to a box (a point flies there). */
  fit(bounds: Bounds): void {
    this.camera = { kind: 'fit', bounds, seq: ++this.#seq };
  }

  /** Shows only dated things that overlap `range` (null: every year); the whole extent counts as every year. */
  setYears(range: YearRange | null): void {
    this.years = this.#normalYears(range ?? undefined);
    if (this.selectedId && !this.isVisible(this.selectedId)) this.selectedId = null;
    this.#writeHash('replace');
  }

  /** Whether a passage is within the year range (one that mentions no year always is). */
  passageInYears(passageId: string): boolean {
    return inRange(this.dates?.passages.get(passageId) ?? [], this.years);
  }

  /** Makes a feature show: turns its layer on and widens the year range to include it. */
  reveal(id: string): void {
    const located = this.features.get(id);
    if (!located) return;
    if (!this.visible.includes(located.layer.id)) this.setLayerVisible(located.layer.id, true);
    const span = this.dates?.features.get(id);
    if (span && this.years && this.hiddenByYears.has(id)) {
      this.setYears([Math.min(this.years[0], span[0]), Math.max(this.years[1], span[1])]);
    }
  }

  setLayerVisible(layerId: string, visible: boolean): void {
    const wanted = new Set(this.visible);
    if (visible) wanted.add(layerId);
    else wanted.delete(layerId);
    this.visible = (this.story?.layers ?? []).map((l) => l.id).filter((id) => wanted.has(id));
    if (this.selectedId && !this.isVisible(this.selectedId)) this.selectedId = null;
    this.#writeHash('replace');
  }

  /** The map settled on a new view. */
  moved(view: View): void {
    this.view = view;
    this.#writeHash('replace');
  }

  /** Shows slide `index` (clamped to the deck) in present mode; each slide is a history step. */
  showSlide(index: number): void {
    const slides = this.deck?.slides ?? [];
    if (slides.length === 0) return;
    const next = Math.max(0, Math.min(slides.length - 1, index));
    const changed = next !== this.slideIndex;
    this.#showSlide(next);
    if (changed) this.#writeHash('push');
  }

  /** Moves the camera to a slide's (e.g. to draw on it), without presenting it. */
  showCamera(camera: SlideCamera): void {
    this.camera = { kind: 'slide', camera, seq: ++this.#seq, passages: false };
  }

  /** Leaves present mode, keeping the view the last slide left. */
  endPresentation(): void {
    if (this.slideIndex === null) return;
    this.slideIndex = null;
    this.highlighted = [];
    this.#writeHash('push');
  }

  /** Replaces the deck (edited, imported or reset); a slide on screen stays in range. */
  setDeck(deck: Deck): void {
    this.deck = deck;
    if (this.slideIndex !== null && this.slideIndex >= deck.slides.length) this.showSlide(deck.slides.length - 1);
  }

  /** Draws the map's names in `language`; kept in the link. */
  setLabelLanguage(language: LabelLanguage): void {
    this.labelLanguage = language;
    this.#writeHash('replace');
  }

  /** Shows or hides the territorial seas; kept in the link. */
  setMaritime(on: boolean): void {
    this.maritime = on;
    this.maritimeZone = null;
    this.#writeHash('replace');
  }

  /** Back/forward (or an edited hash): show what the URL says, without adding history. */
  restore(hash: string): void {
    const state = parseHash(hash, this.#known());
    this.#apply(state);
    if (state.view && !state.slide) this.camera = { kind: 'jump', view: state.view, seq: ++this.#seq };
  }

  hash(): string {
    return formatHash(
      {
        view: this.view ?? undefined,
        layers: [...this.visible],
        selected: this.selectedId ?? undefined,
        years: this.years ? [this.years[0], this.years[1]] : undefined,
        slide: this.slideIndex === null ? undefined : this.slideIndex + 1,
        labels: this.labelLanguage,
        maritime: this.maritime,
        story: this.storyId ?? undefined,
      },
      this.defaultLayers,
    );
  }

  #apply(state: HashState): void {
    if (state.labels) {
      this.labelLanguage = state.labels;
      this.labelLanguageLinked = true;
    }
    // Like the label language, a basemap setting: a link turns it on, a link without it leaves it be.
    if (state.maritime) this.maritime = true;
    if (state.slide) {
      this.#showSlide(state.slide - 1);
      return;
    }
    this.slideIndex = null;
    this.highlighted = [];
    this.visible = state.layers ?? this.defaultLayers;
    this.years = this.#normalYears(state.years);
    this.selectedId = state.selected && this.isVisible(state.selected) ? state.selected : null;
  }

  #showSlide(index: number): void {
    const slide = this.deck!.slides[index];
    this.slideIndex = index;
    // A slide shows its places whatever years the reader had filtered to.
    this.years = null;
    this.visible = (this.story?.layers ?? []).map((l) => l.id).filter((id) => slide.layers.includes(id));
    this.highlighted = slide.highlight;
    this.selectedId = slide.highlight.find((id) => this.isVisible(id)) ?? null;
    this.camera = { kind: 'slide', camera: slide.camera, seq: ++this.#seq, passages: slide.passages.length > 0 };
  }

  #known() {
    return {
      layerIds: (this.story?.layers ?? []).map((l) => l.id),
      featureIds: new Set(this.features.keys()),
      slideCount: this.deck?.slides.length ?? 0,
    };
  }

  /** Whether a feature is drawn now: its layer is on and the year range does not hide it. */
  isVisible(featureId: string): boolean {
    const located = this.features.get(featureId);
    return !!located && this.visible.includes(located.layer.id) && !this.hiddenByYears.has(featureId);
  }

  /**
   * A range covering the whole extent of the story's dates is no filter at all. The extent is
   * known once the article has come (its passages are dated too); before, the range is kept.
   */
  #normalYears(range: YearRange | undefined): YearRange | null {
    const extent = this.text ? this.dates?.extent : undefined;
    if (!range || (extent && range[0] <= extent[0] && range[1] >= extent[1])) return null;
    return range;
  }

  #writeHash(mode: 'push' | 'replace'): void {
    if (typeof history === 'undefined' || !this.story) return;
    const url = `${location.pathname}${location.search}${this.hash()}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch {
      // Some browsers refuse to change the URL of a page opened from disk (file://): the state
      // then lives on in the page, and only the link no longer shows it.
    }
  }
}
