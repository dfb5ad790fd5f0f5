/** What a key press means in present mode. */
export type PresentAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'blank' }
  | { type: 'exit' }
  | { type: 'presenter' }
  | { type: 'pointer' }
  | { type: 'pen' }
  | { type: 'erase' }
  | { type: 'digits'; digits: string }
  | { type: 'none' };

/**
 * Maps a key to a present-mode action. Presentation clickers send PageUp/PageDown; a number typed
 * then Enter jumps to that slide (1-based). `digits` is what has been typed so far. V opens the
 * presenter view, L the laser pointer, D the pen, E erases the pen's marks (as in PowerPoint).
 *
 * @example
 * presentKey('PageDown', '') // { type: 'next' }
 * presentKey('Enter', '3') // { type: 'goto', slide: 3 }
 */
export function presentKey(key: string, digits: string): PresentAction {
  if (/^\d$/.test(key)) return { type: 'digits', digits: (digits + key).slice(-3) };
  if (key === 'Enter' && digits) return { type: 'goto', slide: Number(digits) };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
    case 'Enter':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'Escape':
      return { type: 'exit' };
    case 'v':
    case 'V':
      return { type: 'presenter' };
    case 'l':
    case 'L':
      return { type: 'pointer' };
    case 'd':
    case 'D':
      return { type: 'pen' };
    case 'e':
    case 'E':
      return { type: 'erase' };
    default:
      return { type: 'none' };
  }
}
