/** An edit to the article's links was refused; the message says why in words a user can act on. */
export class LinkError extends Error {}
