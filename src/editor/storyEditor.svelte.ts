import type { AppState } from '../state/appState.svelte';
import type { StoryStore } from '../state/storyStore';
import type { PackageMarking, StoryPackage } from '../story/storyPackage';
import type { Deck } from '../story/deck';
import { packageToStory } from '../story/packageToStory';
import { checkPackage } from '../story/checkPackage';
import { defaultDeck } from '../story/defaultDeck';
import type { PackageProblem } from '../story/packageProblem';
import { canRedo, canUndo, edit, redo, redoLabel, restoreHistory, startHistory, undo, undoLabel, type History } from './history';

const isPackage = (value: unknown): value is StoryPackage =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format !== undefined && Array.isArray((value as { layers?: unknown }).layers);

/**
 * Editing one kept story: every edit is a new package (see editStory), shown at once (the map, the
 * article, the deck), kept as an undo step, and written to IndexedDB before the next is. A write
 * that fails is told, and the story stays on screen to be exported.
 */
export class StoryEditor {
  history = $state.raw<History<StoryPackage>>(null as unknown as History<StoryPackage>);
  /** The story as it is now. */
  pkg = $derived(this.history.present);
  /** What keeps the story from being shared (the checklist). */
  problems = $derived<PackageProblem[]>(checkPackage(this.pkg));
  canUndo = $derived(canUndo(this.history));
  canRedo = $derived(canRedo(this.history));
  /** Shown the story's marking after each edit, undo and redo (the briefing's banner). */
  onMarking: ((marking: PackageMarking | undefined) => void) | null = null;
  /** What the last edit, undo or redo did, for a polite status line. */
  notice = $state<string | null>(null);
  /** Why the story could not be kept (storage full or refused). */
  saveError = $state<string | null>(null);

  readonly id: string;
  #app: AppState;
  #store: StoryStore;
  /** The write in progress; edits made meanwhile are written once it is done (the newest only). */
  #writing: Promise<void> | null = null;
  #dirty = false;
  /**
   * Whether a deck is its package's default deck, by deck: decks are never changed in place, so
   * each is compared with the default once (a large story's default takes a walk over every
   * feature), not on every edit.
   */
  #defaults = new WeakMap<Deck, boolean>();

  constructor(app: AppState, store: StoryStore, id: string, pkg: StoryPackage, storedHistory?: unknown) {
    this.#app = app;
    this.#store = store;
    this.id = id;
    // A stored history that does not end at the stored story (a damaged record) is dropped, not trusted.
    const restored = restoreHistory<StoryPackage>(storedHistory, isPackage);
    this.history = restored && JSON.stringify(restored.present) === JSON.stringify(pkg) ? restored : startHistory(pkg);
  }

  /** Makes an edit: `next` is the edited package; `label` names it in the undo button. */
  apply(next: StoryPackage, label: string, coalesceKey?: string): void {
    if (next === this.pkg) return;
    // The deck a new story starts with follows the story (its places, layers and title) until the user edits it.
    if (next.deck === this.pkg.deck && this.#isDefault(this.pkg)) {
      const deck = defaultDeck(next);
      this.#defaults.set(deck, true);
      next = { ...next, deck };
    }
    this.history = edit(this.history, next, label, coalesceKey === undefined ? undefined : { coalesceKey });
    this.notice = `${label}.`;
    this.#show();
    this.#save();
  }

  undo(): void {
    if (!this.canUndo) return;
    const label = undoLabel(this.history);
    this.history = undo(this.history);
    this.notice = `Undone: ${label}.`;
    this.#show();
    this.#save();
  }

  redo(): void {
    if (!this.canRedo) return;
    const label = redoLabel(this.history);
    this.history = redo(this.history);
    this.notice = `Redone: ${label}.`;
    this.#show();
    this.#save();
  }

  /**
   * The briefing changed the deck (a slide added, moved, annotated): kept with the story as an
   * edit named by what was `done`; typing (no `done`) is one step however many keys it takes.
   */
  deckChanged(deck: Deck, done?: string): void {
    if (JSON.stringify(deck) === JSON.stringify(this.pkg.deck)) return;
    this.history = edit(this.history, { ...this.pkg, deck }, done ?? 'Edit the slides', done ? {} : { coalesceKey: 'deck-text' });
    this.#save();
  }

  /** The briefing's marking changed: kept with the story as an edit. */
  markingChanged(marking: PackageMarking): void {
    if (JSON.stringify(marking) === JSON.stringify(this.pkg.marking)) return;
    this.apply({ ...this.pkg, marking: { ...marking } }, 'Change the marking');
  }

  /** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on a Mac); true when the key was the editor's. */
  key(e: KeyboardEvent): boolean {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) this.undo();
    else if ((k === 'z' && e.shiftKey) || k === 'y') this.redo();
    else return false;
    e.preventDefault();
    return true;
  }

  #isDefault(pkg: StoryPackage): boolean {
    let known = this.#defaults.get(pkg.deck);
    if (known === undefined) this.#defaults.set(pkg.deck, (known = JSON.stringify(pkg.deck) === JSON.stringify(defaultDeck(pkg))));
    return known;
  }

  #show(): void {
    const { story, text, deck } = packageToStory(this.pkg);
    this.#app.replaceStory(story, text);
    if (JSON.stringify(deck) !== JSON.stringify(this.#app.deck)) this.#app.setDeck(deck);
    this.onMarking?.(this.pkg.marking);
  }

  #save(): void {
    this.#dirty = true;
    if (this.#writing) return;
    const write = async () => {
      while (this.#dirty) {
        this.#dirty = false;
        const pkg = this.pkg;
        try {
          await this.#store.put({ id: this.id, title: pkg.title, updated: Date.now(), package: JSON.stringify(pkg), history: this.history });
          this.saveError = null;
        } catch (e) {
          this.saveError = `This story could not be saved in this browser (${(e as Error).message}); your edits stay on screen: export the package to keep them.`;
        }
      }
      this.#writing = null;
    };
    this.#writing = write();
  }
}
