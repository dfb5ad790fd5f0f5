/**
 * A value as a message quotes it: JSON, cut to `max` characters. Never throws: a value nested
 * too deep to print (a hostile file can nest a million arrays) is described instead.
 */
export function show(value: unknown, max = 80): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[arrays nested too deep to print]' : '{a value nested too deep to print}';
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
