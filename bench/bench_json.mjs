// Machine-readable figures for bench/report.sh (the format of bench_json.h): {"rows": [{figure, value, peer}]}
// written to $FIRSTHAND_BENCH_JSON when it is set; rows are [figure, value, peer] triples.
import { writeFileSync } from 'node:fs';

export function writeFigureRows(rows) {
  const file = process.env.FIRSTHAND_BENCH_JSON;
  if (!file) return;
  writeFileSync(file, `${JSON.stringify({ rows: rows.map(([figure, value, peer]) => ({ figure, value, peer })) }, null, 1)}\n`);
}
