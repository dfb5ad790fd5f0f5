/**
 * Whether a key pressed on `target` belongs to it: a field being typed in, a slider, a list or a
 * dialog. A checkbox or a button leaves the app's keys (Esc, P, the present-mode keys) to the app.
 */
export function keysBelongTo(target: EventTarget | null): boolean {
  return !!(target as HTMLElement | null)?.closest?.('input:not([type=checkbox], [type=radio], [type=button], [type=file]), textarea, select, dialog');
}
