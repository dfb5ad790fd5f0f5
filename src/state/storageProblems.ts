/** What can go wrong with the browser's storage, as the user is told it. */
export type StorageProblem = 'unavailable' | 'corrupt' | 'full';

/** The plain words for each problem. `kept` names where an unreadable copy was kept. */
export function problemMessage(problem: StorageProblem, kept?: string): string {
  switch (problem) {
    case 'unavailable':
      return 'This browser is not letting the app save anything here (storage is turned off or blocked), so your changes last only while this page is open.';
    case 'corrupt':
      return `Some saved data could not be read, so the app started with the defaults.${kept ? ` The unreadable copy is kept in this browser as "${kept}".` : ''}`;
    case 'full':
      return "This browser's storage for the app is full, so your latest change was not saved. It stays on screen until you close the page; export it to keep it.";
  }
}

/** The kind of problem an exception from localStorage or IndexedDB means. */
export function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
}

/**
 * Wraps `report` so that each kind of problem is told once: a page that cannot save should say
 * so, not say so on every keystroke.
 */
export function reportOnce(report: (message: string) => void): (problem: StorageProblem, kept?: string) => void {
  const told = new Set<StorageProblem>();
  return (problem, kept) => {
    if (told.has(problem)) return;
    told.add(problem);
    report(problemMessage(problem, kept));
  };
}

/** Checks a stored value and returns it typed, or undefined when it is not what was saved. */
export type Validate<T> = (value: unknown) => T | undefined;
