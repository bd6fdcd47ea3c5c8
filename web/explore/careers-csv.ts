/**
 * RFC 4180 CSV of a table's cells: CRLF line ends; a field with a comma, quote or line break is
 * quoted, its quotes doubled. A field opening with = + - or @ is a formula to a spreadsheet
 * (OWASP "CSV injection"), so it gets a leading apostrophe; the explorer's own cells never open
 * with one (growth prints as "8 %", negative growth with the minus sign U+2212), so the file
 * holds exactly what the table shows.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
