#!/usr/bin/env python3
"""Machine-readable figures for bench/report.sh (the format of bench_json.h): {"rows": [{"figure", "value", "peer"}]}
written to $FIRSTHAND_BENCH_JSON when it is set. As a module: write_rows(rows). From a shell script:
  bench_json.py FIGURE VALUE PEER [FIGURE VALUE PEER ...]"""
import json
import os
import sys


def write_rows(rows):
    path = os.environ.get('FIRSTHAND_BENCH_JSON')
    if not path:
        return
    with open(path, 'w', encoding='utf8') as out:
        json.dump({'rows': [{'figure': f, 'value': v, 'peer': p} for f, v, p in rows]}, out, ensure_ascii=False, indent=1)
        out.write('\n')


if __name__ == '__main__':
    cells = sys.argv[1:]
    if not cells or len(cells) % 3:
        sys.exit('usage: bench_json.py FIGURE VALUE PEER [FIGURE VALUE PEER ...]')
    write_rows([cells[i:i + 3] for i in range(0, len(cells), 3)])
