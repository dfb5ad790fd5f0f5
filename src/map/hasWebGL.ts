/**
 * True when this browser can give MapLibre a WebGL 2 context. A locked-down browser, a disabled
 * GPU or an old virtual machine gives none; the app then shows everything but the map.
 */
export function hasWebGL(doc: Document = document): boolean {
  try {
    return !!doc.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/** What the app says when there is no WebGL: plainly, and what the reader can still do. */
export const NO_WEBGL =
  'The map needs WebGL, which this browser has turned off or does not support. The layers, the article and its passages still work: choose a place from the lists under Layers or a highlighted phrase in the article.';
