/** Formatting for stdout and bench/results/latest.md: the same aligned markdown tables. */

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number} bytes */
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
/** @param {number} value */
export const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
/** @param {number} value */
export const times = (value) => (Number.isFinite(value) ? `×${value.toFixed(2)}` : 'n/a');
/** @param {number} value */
export const signedMs = (value) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : '−'}${Math.round(Math.abs(value))} ms` : 'n/a';

/**
 * @param {string} title
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 */
export function table(title, headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ''))));
  const line = (/** @type {string[]} */ row) =>
    `| ${row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(cells[0] ?? []),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map(line),
    '',
  ].join('\n');
}

/** Display width: CJK and full-width characters take two columns. @param {string} text */
function width(text) {
  let columns = 0;
  for (const char of text) {
    columns +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return columns;
}
