/**
 * A story package could not be read. The message is for the user: it names the file, and where in
 * it the problem is (the JSON path, and the feature's id when the problem is inside a feature).
 */
export class PackageError extends Error {}
