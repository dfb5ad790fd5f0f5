/** A pointer event on the map: where, in CSS pixels over the map and in longitude and latitude. */
export interface PointerAt {
  point: { x: number; y: number };
  lngLat: { lng: number; lat: number };
}

/** Something that answers the pointer on the map. It adds no map listener of its own. */
export interface PointerConsumer {
  /** Takes a click; returns true when it did (the consumers after it do not see it). */
  click?(at: PointerAt): boolean;
  /**
   * Takes a Shift+click that did not move (MapLibre keeps Shift+drag for box zoom; its plain
   * click also arrives, and goes only to an open tool). Returns true when it did.
   */
  shiftClick?(at: PointerAt): boolean;
  /** Lets go of what an earlier click chose: a later click went to another consumer, or to none. */
  release?(): void;
  /** The cursor this consumer wants at the point (null: nothing of its own there; `at` null: the pointer left the map). */
  hover?(at: PointerAt | null): string | null;
}

/**
 * Who is offered the map's clicks and moves, first to last: an open tool (measure, range ring)
 * takes every click; then the story's features; then the user's layers; then the basemap's
 * overlays (the territorial seas), which cover whole seas. A click none takes clears what is chosen.
 */
export const POINTER_ORDER = ['tool', 'story', 'user', 'basemap'] as const;
export type PointerSlot = (typeof POINTER_ORDER)[number];

/**
 * The map's one pointer path: the map owner feeds it the map's click, Shift+click and move
 * events; consumers register here instead of listening to the map. It decides the cursor.
 */
export class MapPointer {
  #consumers = new Map<PointerSlot, PointerConsumer[]>();
  #setCursor: (cursor: string) => void;
  #last: PointerAt | null = null;

  constructor(setCursor: (cursor: string) => void) {
    this.#setCursor = setCursor;
  }

  /** Adds a consumer in `slot`; returns the function that removes it. */
  register(slot: PointerSlot, consumer: PointerConsumer): () => void {
    this.#consumers.set(slot, [...(this.#consumers.get(slot) ?? []), consumer]);
    return () => this.#consumers.set(slot, (this.#consumers.get(slot) ?? []).filter((c) => c !== consumer));
  }

  #inOrder(): PointerConsumer[] {
    return POINTER_ORDER.flatMap((slot) => this.#consumers.get(slot) ?? []);
  }

  /** A click: `shift` clicks go to an open tool only (the Shift+click gesture is `shiftClick`). */
  click(at: PointerAt, shift = false): void {
    const consumers = shift ? (this.#consumers.get('tool') ?? []) : this.#inOrder();
    const taker = consumers.find((c) => c.click?.(at));
    if (shift || (taker && (this.#consumers.get('tool') ?? []).includes(taker))) return;
    for (const c of this.#inOrder()) if (c !== taker) c.release?.();
  }

  shiftClick(at: PointerAt): void {
    this.#inOrder().find((c) => c.shiftClick?.(at));
  }

  /** The pointer moved to `at` (null: it left the map): every consumer hears it, the first cursor wins. */
  hover(at: PointerAt | null): void {
    this.#last = at;
    const wanted = this.#inOrder().map((c) => c.hover?.(at) ?? null);
    this.#setCursor(wanted.find((cursor) => cursor !== null) ?? '');
  }

  /** Asks again at the last point (a tool opened or closed under a still pointer). */
  refresh(): void {
    this.hover(this.#last);
  }
}
