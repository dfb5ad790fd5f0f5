const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function one(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  const m = `${MONTHS[month - 1]} ${year}`;
  return day ? `${day} ${m}` : m;
}

/**
 * An ISO 8601 date or interval as a person writes it.
 *
 * @example
 * formatDate('2020-11-17') // '17 November 2020'
 * formatDate('2019-12/2020-02') // 'December 2019 – February 2020'
 * formatDate('1945/..') // 'since 1945' (an open interval: still so)
 */
export function formatDate(iso: string): string {
  const [start, end] = iso.split('/');
  if (end === '..') return `since ${one(start)}`;
  return iso.split('/').map(one).join(' – ');
}
