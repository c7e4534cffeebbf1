// Reading the API's CSV downloads back in tests (the API's e2e tests and the dashboard's browser tests).

/** An RFC 4180 reader (quoted fields, doubled quotes, LF or CRLF line ends), for reading our CSV back. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== delimiter && ch !== '\n' && !(ch === '\r' && text[i + 1] === '\n'))) {
      field += ch;
    } else if (ch === delimiter) {
      endField();
    } else {
      endField();
      rows.push(row);
      row = [];
      if (ch === '\r') i++;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvObjects(text: string, delimiter: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, delimiter);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}
