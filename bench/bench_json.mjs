// Machine-readable figures for bench/report.sh (the format of bench_json.h): {"rows": [{figure, value, peer}]}
// written to $FIRSTHAND_BENCH_JSON when it is set; rows are [figure, value, peer] triples. `details`: the bench's
// other figures, kept beside the rows in the same file (bench/report.md shows it whole).
import { writeFileSync } from 'node:fs';

export function writeFigureRows(rows, details = {}) {
  const file = process.env.FIRSTHAND_BENCH_JSON;
  if (!file) return;
  writeFileSync(file, `${JSON.stringify({ ...details, rows: rows.map(([figure, value, peer]) => ({ figure, value, peer })) }, null, 1)}\n`);
}
