/**
 * A small RFC 4180 reader: enough to check headers, row counts and ids of prediction
 * exercises without a dependency. Accepts LF or CRLF; quoted fields may hold commas, quotes
 * ("") and newlines.
 */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new CsvError('a quoted field is not closed');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => !(r.length === 1 && r[0] === ''));
  if (nonEmpty.length === 0) throw new CsvError('the file is empty (a header row is required)');
  const [header, ...rows] = nonEmpty;
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new CsvError(`row ${index + 2} has ${row.length} fields, the header has ${header.length}`);
    }
  });
  return { header: header.map((h) => h.trim()), rows };
}
