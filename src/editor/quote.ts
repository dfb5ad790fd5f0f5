/**
 * Words as a message to the user quotes them: in curly quotes, cut to `max` characters.
 *
 * @example
 * quote('Darwin') // '“Darwin”'
 */
export function quote(text: string, max = 40): string {
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}
