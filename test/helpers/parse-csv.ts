/**
 * RFC 4180 CSV as the tests read it: quoted fields may hold commas, doubled quotes ("") and line
 * breaks. Records end with `separator`: CRLF for the explorer's download (as the RFC says), LF
 * for `npm run cypher --format csv`; the other line ending is then an ordinary character, so a
 * file written with the wrong one does not parse into the expected rows.
 */
export function parseCsv(text: string, separator: '\r\n' | '\n'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (text.startsWith(separator, i)) {
      records.push([...record, field]);
      record = [];
      field = '';
      i += separator.length - 1;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
