/** An edit of a story was refused; the message says why in words a user can act on. */
export class EditError extends Error {}
