import type { AppState } from '../state/appState.svelte';
import { passagesFor } from '../story/passagesFor';
import { deckRefs } from './deckRefs';
import { DeckError, validateDeck, type Deck, type Slide } from '../story/deck';
import { addSlide, moveSlide, removeSlide, updateSlide } from './editDeck';
import { DEFAULT_MARKING, parseMarking, type Marking } from './marking';
import { presentKey } from './presentKeys';
import { SafeLocalStore } from '../state/safeLocalStore';

export interface HandoutPage {
  slide: Slide;
  /** The slide's map as an image (data URL). */
  image: string;
  legend: { title: string; color: string }[];
}

const DECK_KEY = 'briefing-map:deck:v1';
const MARKING_KEY = 'briefing-map:marking:v1';
const CHANNEL = 'briefing-map';

/** Messages between the audience window and the presenter window. */
type Message =
  | { type: 'slide'; index: number | null }
  | { type: 'blank'; on: boolean }
  | { type: 'deck'; deck: Deck }
  | { type: 'hello' };

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

  #app: AppState;
  #defaults: Deck;
  #channel: BroadcastChannel | null = null;
  /** Saved decks and markings; a storage problem is told once, as a notice. */
  #store = new SafeLocalStore({ report: (message) => (this.notice = message) });

  constructor(app: AppState, defaults: Deck) {
    this.#app = app;
    this.#defaults = defaults;
  }

  /** The deck to start with: the saved one if it is still valid, else the default. */
  savedDeck(): Deck {
    const refs = deckRefs(this.#app.story!);
    this.marking = this.#store.read(MARKING_KEY, (json) => parseMarking(json) ?? undefined, this.marking);
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
    this.#channel = new BroadcastChannel(CHANNEL);
    this.#channel.onmessage = (e: MessageEvent<Message>) => this.#receive(e.data);
    this.#post({ type: 'hello' });
    return () => {
      this.#channel?.close();
      this.#channel = null;
    };
  }

  // Present mode

  present(index = this.#app.slide ?? 0): void {
    document.documentElement.requestFullscreen?.().catch(() => {
      /* not allowed here (no user gesture, an iframe): present in the window */
    });
    this.go(index);
  }

  go(index: number): void {
    this.#app.showSlide(index);
    this.digits = '';
    this.#post({ type: 'slide', index: this.#app.slide });
  }

  exit(): void {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    this.#app.endPresentation();
    this.digits = '';
    this.#post({ type: 'slide', index: null });
  }

  toggleBlank(): void {
    this.#app.blank = !this.#app.blank;
    this.#post({ type: 'blank', on: this.#app.blank });
  }

  /** Handles a key in present mode; returns true when it was a present-mode key. */
  key(e: KeyboardEvent): boolean {
    if (this.#app.slide === null || e.ctrlKey || e.metaKey || e.altKey) return false;
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
        this.go(this.#app.slide + 1);
        break;
      case 'previous':
        this.go(this.#app.slide - 1);
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
      passages: selected ? passagesFor(app.story!.article, selected.feature.id).map((p) => p.id) : [],
      notes: '',
    };
  }

  addFromView(): void {
    const deck = addSlide(this.#app.deck!, this.slideFromView());
    this.#setDeck(deck, `Added slide ${deck.slides.length}.`);
  }

  retitle(index: number, title: string): void {
    if (title.trim()) this.#setDeck(updateSlide(this.#app.deck!, index, { title: title.trim() }));
  }

  setNotes(index: number, notes: string): void {
    this.#setDeck(updateSlide(this.#app.deck!, index, { notes }));
  }

  move(index: number, to: number): void {
    this.#setDeck(moveSlide(this.#app.deck!, index, to), `Moved slide ${index + 1} to position ${to + 1}.`);
  }

  remove(index: number): void {
    this.#setDeck(removeSlide(this.#app.deck!, index), `Deleted slide ${index + 1}.`);
  }

  reset(): void {
    this.#store.remove(DECK_KEY);
    this.#app.setDeck(this.#defaults);
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
      const deck = validateDeck(json, deckRefs(this.#app.story!));
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

  setMarking(marking: Marking): void {
    this.marking = marking;
    this.#store.write(MARKING_KEY, marking);
  }

  #setDeck(deck: Deck, notice?: string): void {
    this.#app.setDeck(deck);
    this.notice = notice ?? null;
    this.#store.write(DECK_KEY, deck);
    this.#post({ type: 'deck', deck });
  }

  #post(message: Message): void {
    this.#channel?.postMessage(message);
  }

  #receive(message: Message): void {
    const app = this.#app;
    switch (message.type) {
      case 'slide':
        if (message.index === null) app.endPresentation();
        else app.showSlide(message.index);
        break;
      case 'blank':
        app.blank = message.on;
        break;
      case 'deck':
        try {
          app.setDeck(validateDeck(message.deck, deckRefs(app.story!)));
        } catch {
          /* a deck this window cannot show is ignored */
        }
        break;
      case 'hello':
        // A window just opened: tell it where we are.
        if (app.deck) this.#post({ type: 'deck', deck: app.deck });
        if (app.slide !== null) this.#post({ type: 'slide', index: app.slide });
        break;
    }
  }
}
