/**
 * The messages the audience window and the presenter window send each other, and the check every
 * received one passes before it is obeyed. Another tab may run an older build, another page of the
 * same origin may post anything: what is not exactly a message of this version is ignored.
 */

import { parseInk, type Ink } from './ink';

/** Bumped whenever a message's shape changes: a window ignores messages of any other version. */
export const PROTOCOL_VERSION = 1;

export type Message =
  | { type: 'slide'; index: number | null }
  | { type: 'blank'; on: boolean }
  | { type: 'deck'; deck: unknown }
  | { type: 'hello' }
  /** The window is going (closed or navigated away). */
  | { type: 'bye' }
  | { type: 'ink'; ink: Ink };

/** A message as it travels: stamped with the protocol version. */
export type Envelope = Message & { v: typeof PROTOCOL_VERSION };

export const envelope = (message: Message): Envelope => ({ ...message, v: PROTOCOL_VERSION });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The message `data` holds, or why it is ignored. A slide index must be a whole number below
 * `slideCount` (or null: presenting ended); blank must be true or false; a deck is only passed on
 * here (the caller validates it against the story, as any deck is).
 *
 * @example
 * readMessage({ v: 1, type: 'slide', index: 2 }, 10) // { type: 'slide', index: 2 }
 * readMessage({ v: 1, type: 'slide', index: 0.5 }, 10) // 'slide index 0.5 is not a slide of this deck'
 */
export function readMessage(data: unknown, slideCount: number): Message | string {
  if (!isObject(data)) return 'not a message';
  if (data.v !== PROTOCOL_VERSION) return `version ${String(data.v).slice(0, 20)} is not this window's (${PROTOCOL_VERSION}): another build of the app?`;
  switch (data.type) {
    case 'slide': {
      const index = data.index;
      if (index === null) return { type: 'slide', index: null };
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= slideCount) {
        return `slide index ${String(index).slice(0, 20)} is not a slide of this deck`;
      }
      return { type: 'slide', index };
    }
    case 'blank':
      return typeof data.on === 'boolean' ? { type: 'blank', on: data.on } : 'blank must be true or false';
    case 'deck':
      return 'deck' in data ? { type: 'deck', deck: data.deck } : 'a deck message without a deck';
    case 'hello':
      return { type: 'hello' };
    case 'bye':
      return { type: 'bye' };
    case 'ink': {
      const ink = parseInk(data.ink);
      return ink ? { type: 'ink', ink } : 'an ink message that is not well formed';
    }
    default:
      return `unknown message type ${String(data.type).slice(0, 20)}`;
  }
}
