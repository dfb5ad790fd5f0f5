/**
 * What a slide view's error boundary does with the error it caught: the slide shows a plain
 * message in its place, and the error goes to the console (as a warning: the page still works)
 * for whoever supports the room.
 */
export function slideFailed(error: unknown): void {
  console.warn('A slide could not be drawn:', error);
}
