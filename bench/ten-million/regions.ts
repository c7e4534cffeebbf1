import type { Client } from 'pg';

// The regions of a Netherlands-sized Koers: the country, 12 provinces, 342 municipalities (Assen and its peers among
// them, with their real codes) and 14 wijken each (Assen's from WK010600). Names are generated.

export const MUNICIPALITIES = 342;
export const WIJKEN_PER_MUNICIPALITY = 14;
const REAL = ['GM0106', 'GM0114', 'GM0118', 'GM0119', 'GM0014'];

function municipalityCodes(): string[] {
  const codes = [...REAL];
  for (let n = 1; codes.length < MUNICIPALITIES; n++) {
    const code = `GM${String(n).padStart(4, '0')}`;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

export async function insertNetherlands(client: Client): Promise<void> {
  const rows: [string, string, string, string | null][] = [['NL01', 'Nederland', 'land', null]];
  for (let p = 20; p < 32; p++) rows.push([`PV${p}`, `Provincie ${p}`, 'provincie', 'NL01']);
  municipalityCodes().forEach((gm, i) => {
    rows.push([gm, `Gemeente ${gm.slice(2)}`, 'gemeente', gm === 'GM0106' ? 'PV22' : `PV${20 + (i % 12)}`]);
    for (let w = 0; w < WIJKEN_PER_MUNICIPALITY; w++)
      rows.push([`WK${gm.slice(2)}${String(w).padStart(2, '0')}`, `Wijk ${w} ${gm.slice(2)}`, 'wijk', gm]);
  });
  await client.query(
    `INSERT INTO region (code, name, level, parent_code) SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[])`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
}
