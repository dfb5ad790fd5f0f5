import type { AppState } from '../state/appState.svelte';
import { passagesFor } from '../story/passagesFor';
import { deckRefs } from '../story/deckRefs';
import { DeckError, fitText, MAX_SLIDES, validateDeck, type Deck, type Slide } from '../story/deck';
import { addSlide, moveSlide, removeSlide, updateSlide } from './editDeck';
import { DEFAULT_MARKING, parseMarking, type Marking } from './marking';
import { presentKey } from './presentKeys';
import { APP_KEY_PREFIX, SafeLocalStore } from '../state/safeLocalStore';
import { envelope, readMessage, type Message } from './channelMessage';
import { safeMode } from '../state/safeMode';
import { formatHash } from '../state/hash';
import { NO_INK, type Ink, type InkPoint } from './ink';
import type { Annotation } from '../story/annotation';

export interface HandoutPage {
  slide: Slide;
  /** The slide's map as an image (data URL). */
  image: string;
  legend: { title: string; color: string }[];
}

const DECK_KEY = `${APP_KEY_PREFIX}deck:v1`;
const MARKING_KEY = `${APP_KEY_PREFIX}marking:v1`;
const CHANNEL = 'briefing-map';

/**
 * The briefing: the deck (default, edited or imported, kept in localStorage), present mode, the
 * marking banner, and the link to a presenter window. Every change goes through here so that the
 * other window hears of it.
 */
export class Briefing {
  marking = $state<Marking>(DEFAULT_MARKING);
  /** A status line for the user (polite). */
  notice = $state<string | null>(null);
  /** Why the last deck import was refused. */
  importError = $state<string | null>(null);
  /** Digits typed in present mode, waiting for Enter. */
  digits = $state('');
  /** Pages of the handout being printed. */
  handout = $state.raw<HandoutPage[] | null>(null);
  /** The laser pointer and the pen's marks, the same in both windows. */
  ink = $state.raw<Ink>(NO_INK);
  /** The slide whose screen was blanked (B or .); any other slide, or none, shows the map. */
  #blankedSlide = $state<number | null>(null);
  /** Present mode's blank screen: it lasts until the slide changes. */
  get blank(): boolean {
    return this.#blankedSlide !== null && this.#blankedSlide === this.#app.slideIndex;
  }

  #app: AppState;
  #defaults: Deck;
  #channel: BroadcastChannel | null = null;
  /** The presenter window this page opened. */
  #presenter: Window | null = null;
  /** Saved decks and markings; a storage problem is told once, as a notice. */
  #store = new SafeLocalStore({ report: (message) => (this.notice = message) });

  /**
   * Whether this briefing keeps the deck and the marking in localStorage (the built-in story); a
   * package keeps its own.
   */
  #keepsDeck: boolean;
  /** The package's own marking, if it has one (else the one kept in localStorage is shown). */
  #storyMarking: Marking | null;
  /**
   * Told of every change to the deck (the story editor keeps a package's deck with the package),
   * with what was done; none for typing (a title, notes), which the editor takes as one step.
   */
  onDeckChange: ((deck: Deck, done?: string) => void) | null = null;
  /** Told of every change to the marking (the story editor keeps a package's with the package). */
  onMarkingChange: ((marking: Marking) => void) | null = null;

  constructor(app: AppState, defaults: Deck, options: { keepsDeck?: boolean; marking?: unknown } = {}) {
    this.#app = app;
    this.#defaults = defaults;
    this.#keepsDeck = options.keepsDeck ?? true;
    this.#storyMarking = parseMarking(options.marking);
  }

  /** The ids a deck may use. The briefing is made once the story's text is there (App.svelte). */
  #refs() {
    return deckRefs(this.#app.story!.layers, this.#app.text!.article);
  }

  /** The deck to start with: the saved one if it is still valid, else the default. */
  savedDeck(): Deck {
    const refs = this.#refs();
    this.showMarking(this.#storyMarking);
    if (!this.#keepsDeck) return this.#defaults;
    return this.#store.read(
      DECK_KEY,
      (json) => {
        try {
          return validateDeck(json, refs);
        } catch {
          return undefined;
        }
      },
      this.#defaults,
    );
  }

  /** Starts listening to the other window. */
  connect(): () => void {
    if (typeof BroadcastChannel === 'undefined') return () => {};
    // One channel per story: a tab showing another story does not hear this one's slides.
    this.#channel = new BroadcastChannel(`${CHANNEL}:${this.#app.storyId ?? 'built-in'}`);
    this.#channel.onmessage = (e: MessageEvent<unknown>) => this.#receive(e.data);
    this.#post({ type: 'hello' });
    const bye = () => this.#post({ type: 'bye' });
    globalThis.addEventListener?.('pagehide', bye);
    return () => {
      globalThis.removeEventListener?.('pagehide', bye);
      this.#channel?.close();
      this.#channel = null;
    };
  }

  // Present mode

  /**
   * Opens the presenter window (or brings it forward). Called from a click or a key: the browser
   * allows a pop-up only then.
   */
  openPresenter(): void {
    const url = new URL(location.href);
    // In safe mode the presenter window, too, starts without the saved deck.
    url.search = safeMode() ? '?presenter&safe' : '?presenter';
    // It shows this window's story, and its pictures draw the names and overlays this window draws.
    url.hash = formatHash({ labels: this.#app.labelLanguage, maritime: this.#app.maritime, story: this.#app.storyId ?? undefined });
    // The window this page opened, while it is open, is brought forward. Its "bye" forgets it at
    // once: a closing window still reads as open for a moment, and would swallow the key.
    if (this.#presenter && !this.#presenter.closed) {
      this.#presenter.focus();
      this.notice = 'The presenter view is open in another window.';
      return;
    }
    const opened = window.open(url.href, '_blank', 'popup,width=1100,height=760');
    this.#presenter = opened;
    opened?.focus();
    this.notice = opened ? 'The presenter view opened in a new window.' : 'The browser blocked the presenter window: allow pop-ups for this page.';
  }

  /** Starts the show in this window and opens the presenter window beside it (one action). */
  presentWithPresenter(index = this.#app.slideIndex ?? 0): void {
    // The pop-up first: going full screen may use up the click that allows it.
    this.openPresenter();
    this.present(index);
  }

  present(index = this.#app.slideIndex ?? 0): void {
    document.documentElement.requestFullscreen?.().catch(() => {
      /* not allowed here (no user gesture, an iframe): present in the window */
    });
    this.go(index);
  }

  go(index: number): void {
    if (index !== this.#app.slideIndex && this.ink.strokes.length) this.setInk({ ...this.ink, strokes: [] });
    this.#app.showSlide(index);
    this.digits = '';
    this.#post({ type: 'slide', index: this.#app.slideIndex });
  }

  exit(): void {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    this.#app.endPresentation();
    this.digits = '';
    this.setInk(NO_INK);
    this.#post({ type: 'slide', index: null });
  }

  toggleBlank(): void {
    this.#setBlank(!this.blank);
    this.#post({ type: 'blank', on: this.blank });
  }

  #setBlank(on: boolean): void {
    this.#blankedSlide = on ? this.#app.slideIndex : null;
  }

  /** Changes the pointer or the pen's marks here and in the other window. */
  setInk(ink: Ink): void {
    this.ink = ink;
    this.#post({ type: 'ink', ink });
  }

  togglePointer(): void {
    this.setInk({ ...this.ink, pointer: !this.ink.pointer, pen: false, at: null });
  }

  togglePen(): void {
    this.setInk({ ...this.ink, pen: !this.ink.pen, pointer: false, at: null });
  }

  /** Moves the pointer (null: off the map). */
  point(at: InkPoint | null): void {
    if (this.ink.pointer) this.setInk({ ...this.ink, at });
  }

  /** Sets the marks: the last one grows as the pen moves. */
  draw(strokes: InkPoint[][]): void {
    this.setInk({ ...this.ink, strokes });
  }

  /** Handles a key in present mode; returns true when it was a present-mode key. */
  key(e: KeyboardEvent): boolean {
    if (this.#app.slideIndex === null || e.ctrlKey || e.metaKey || e.altKey) return false;
    const action = presentKey(e.key, this.digits);
    const last = (this.#app.deck?.slides.length ?? 1) - 1;
    switch (action.type) {
      case 'none':
        return false;
      case 'digits':
        this.digits = action.digits;
        break;
      case 'goto':
        this.go(action.slide - 1);
        break;
      case 'next':
        this.go(this.#app.slideIndex + 1);
        break;
      case 'previous':
        this.go(this.#app.slideIndex - 1);
        break;
      case 'first':
        this.go(0);
        break;
      case 'last':
        this.go(last);
        break;
      case 'blank':
        this.toggleBlank();
        break;
      case 'exit':
        this.exit();
        break;
      case 'presenter':
        this.openPresenter();
        break;
      case 'pointer':
        this.togglePointer();
        break;
      case 'pen':
        this.togglePen();
        break;
      case 'erase':
        this.draw([]);
        break;
    }
    e.preventDefault();
    return true;
  }

  // Authoring

  /** A slide of what the user sees now: camera, visible layers, the selection and its passages. */
  slideFromView(): Slide {
    const app = this.#app;
    const view = app.view ?? { zoom: 2, lat: 0, lon: 130 };
    const selected = app.selected;
    return {
      title: selected ? selected.feature.properties.name : `Slide ${(app.deck?.slides.length ?? 0) + 1}`,
      camera: {
        center: [Math.round(view.lon * 1e4) / 1e4, Math.round(view.lat * 1e4) / 1e4],
        zoom: Math.round(view.zoom * 100) / 100,
        bearing: 0,
        pitch: 0,
      },
      layers: [...app.visible],
      highlight: selected ? [selected.feature.id] : [],
      passages: selected ? passagesFor(app.text!.article, selected.feature.id).map((p) => p.id) : [],
      notes: '',
    };
  }

  addFromView(): void {
    if (this.#app.deck!.slides.length >= MAX_SLIDES) {
      this.notice = `A deck holds at most ${MAX_SLIDES} slides: delete one to add another.`;
      return;
    }
    const deck = addSlide(this.#app.deck!, this.slideFromView());
    this.#setDeck(deck, `Added slide ${deck.slides.length}.`);
  }

  /** Renames a slide; a title that is empty once cleaned (see cleanText) is not taken. */
  retitle(index: number, title: string): void {
    const clean = fitText(title).trim();
    if (clean) this.#setDeck(updateSlide(this.#app.deck!, index, { title: clean }));
  }

  /**
   * Replaces slide `index`'s annotations; returns why they were refused (the deck's own rules), or
   * null when they were kept.
   */
  setAnnotations(index: number, annotations: Annotation[]): string | null {
    const app = this.#app;
    const slides = app.deck!.slides.map((s, i) => (i === index ? { ...s, annotations } : s));
    try {
      const deck = validateDeck({ ...app.deck!, slides }, this.#refs());
      this.#setDeck(deck, `Slide ${index + 1} has ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}.`);
      return null;
    } catch (e) {
      if (!(e instanceof DeckError)) throw e;
      return `Not kept: ${e.message}.`;
    }
  }

  /** Sets how long the talk should take (null: no target). */
  setTarget(minutes: number | null): void {
    const { targetMinutes, ...deck } = this.#app.deck!;
    void targetMinutes;
    this.#setDeck(minutes === null ? deck : { ...deck, targetMinutes: minutes }, minutes === null ? 'No target length.' : `Target length: ${minutes} minutes.`);
  }

  setNotes(index: number, notes: string): void {
    this.#setDeck(updateSlide(this.#app.deck!, index, { notes: fitText(notes) }));
  }

  move(index: number, to: number): void {
    this.#setDeck(moveSlide(this.#app.deck!, index, to), `Moved slide ${index + 1} to position ${to + 1}.`);
  }

  remove(index: number): void {
    this.#setDeck(removeSlide(this.#app.deck!, index), `Deleted slide ${index + 1}.`);
  }

  reset(): void {
    if (this.#keepsDeck) this.#store.remove(DECK_KEY);
    this.#app.setDeck(this.#defaults);
    this.onDeckChange?.(this.#defaults, 'Reset the slides');
    this.#post({ type: 'deck', deck: this.#defaults });
    this.notice = 'The default deck is back.';
  }

  /** Takes an imported deck file's text; a bad file is refused with a reason and changes nothing. */
  importText(text: string, fileName: string): boolean {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.importError = `“${fileName}” is not a deck: it is not valid JSON.`;
      return false;
    }
    try {
      const deck = validateDeck(json, this.#refs());
      this.importError = null;
      this.#setDeck(deck, `Imported “${deck.title}” (${deck.slides.length} slides) from ${fileName}.`);
      return true;
    } catch (e) {
      if (!(e instanceof DeckError)) throw e;
      this.importError = `“${fileName}” was not imported: ${e.message}. The current deck is unchanged.`;
      return false;
    }
  }

  exportJson(): string {
    return JSON.stringify(this.#app.deck, null, 2);
  }

  /** The user's marking: kept in localStorage for the built-in story, told to onMarkingChange. */
  setMarking(marking: Marking): void {
    this.marking = marking;
    if (this.#keepsDeck) this.#store.write(MARKING_KEY, marking);
    this.onMarkingChange?.(marking);
  }

  /**
   * Shows a story's marking (a package's, as edited, undone or redone) without keeping it; none
   * that is a marking: the one kept in localStorage, or the default.
   */
  showMarking(marking: unknown): void {
    this.marking = parseMarking(marking) ?? this.#store.read(MARKING_KEY, (json) => parseMarking(json) ?? undefined, DEFAULT_MARKING);
  }

  #setDeck(deck: Deck, notice?: string): void {
    this.#app.setDeck(deck);
    this.notice = notice ?? null;
    if (this.#keepsDeck) this.#store.write(DECK_KEY, deck);
    this.onDeckChange?.(deck, notice?.replace(/\.$/, ''));
    this.#post({ type: 'deck', deck });
  }

  #post(message: Message): void {
    this.#channel?.postMessage(envelope(message));
  }

  #receive(data: unknown): void {
    const app = this.#app;
    const message = readMessage(data, app.deck?.slides.length ?? 0);
    if (typeof message === 'string') {
      console.warn(`Ignored a message from another window of the app: ${message}.`);
      return;
    }
    switch (message.type) {
      case 'slide':
        if (message.index === null) app.endPresentation();
        else app.showSlide(message.index);
        break;
      case 'ink':
        this.ink = message.ink;
        break;
      case 'blank':
        this.#setBlank(message.on);
        break;
      case 'deck':
        try {
          app.setDeck(validateDeck(message.deck, this.#refs()));
        } catch {
          /* a deck this window cannot show is ignored */
        }
        break;
      case 'bye':
        this.#presenter = null;
        break;
      case 'hello':
        // A window just opened: tell it where we are.
        if (app.deck) this.#post({ type: 'deck', deck: app.deck });
        if (app.slideIndex !== null) this.#post({ type: 'slide', index: app.slideIndex });
        if (this.blank) this.#post({ type: 'blank', on: true });
        if (this.ink !== NO_INK) this.#post({ type: 'ink', ink: this.ink });
        break;
    }
  }
}
