/**
 * A strict RFC 4180 reader for tests: quoted fields with doubled quotes, CRLF after every record
 * (the last included); a bare quote, CR or LF outside quotes is an error.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error(`unterminated quote at ${i}`);
        field += text.slice(j, q);
        if (text[q + 1] !== '"') {
          i = q + 1;
          break;
        }
        field += '"';
        j = q + 2;
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if ('"\r\n'.includes(text[i]!)) throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
      field += text[i];
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}
