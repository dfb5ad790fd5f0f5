/** 10 kB of junk: every printable ASCII character, percent signs that decode to nothing, and some Unicode. */
export const JUNK = Array.from({ length: 10_240 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94)) + (i % 97 === 0 ? '%E0%A4%' : i % 89 === 0 ? '\u202E尖' : ''))
  .join('')
  .slice(0, 10_240);

/** Hashes a link may carry that name nothing the app has: each must open on the defaults. */
export const GARBAGE_HASHES: Record<string, string> = {
  'zoom 99, lat 200, lon 500': '#map=99/200/500',
  'a view with two numbers': '#map=6/26.5',
  'non-numbers for a view': '#map=NaN/Infinity/-Infinity',
  'huge numbers for a view': '#map=1e308/1e308/1e308',
  'unknown ids': '#sel=atlantis&layers=nope,,,lemuria',
  'a label language the map does not have': '#labels=klingon&labels=<b>',
  'ids that name object internals': '#sel=__proto__&layers=constructor,toString,hasOwnProperty',
  'broken percent-encoding': '#map=%ZZ/%E0%A4%A/1&sel=%',
  markup: '#sel=<img src=x onerror=window.__pwned=1>&map=<script>window.__pwned=2</script>',
  '10 kB of junk': `#${JUNK}`,
};
