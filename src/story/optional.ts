/** `{ [key]: f(value) }`, or nothing when the value is absent (no key with an undefined value). */
export const optional = <K extends string, T>(key: K, value: T | undefined, f: (v: T) => T) =>
  (value === undefined ? {} : { [key]: f(value) }) as Partial<Record<K, T>>;
