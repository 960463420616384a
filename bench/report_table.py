#!/usr/bin/env python3
"""The README's figures table for bench/report.sh: merges the benches' rows (bench_json.py's format, one file
per bench) into one markdown table, with the bench's section in bench/report.md and the machine's load
around it, writes it into the README between the figures markers and appends it to the report.
`--check README` parses a written table instead and fails unless every row has a figure and a peer.

usage: report_table.py README REPORT HEADER SECTION:LOAD:ROWS.json ...
       report_table.py --check README"""
import json
import re
import sys

BEGIN, END = '<!-- figures:begin -->', '<!-- figures:end -->'
COLUMNS = ['figure', 'Firsthand', 'peer or bound, same run', 'bench (bench/report.md)', 'load before → after']


def cell(text):
    return str(text).replace('|', '/').replace('\n', ' ').strip()


def table(header, benches):
    lines = [header, '', '| ' + ' | '.join(COLUMNS) + ' |', '|' + ' --- |' * len(COLUMNS)]
    for section, load, path in benches:
        with open(path, encoding='utf8') as f:
            rows = json.load(f).get('rows')
        if not isinstance(rows, list):  # a bench in another format: its JSON stays in report.md only
            print(f'report_table: {section} wrote no "rows"; its figures are in the report only', file=sys.stderr)
            continue
        for row in rows:
            lines.append('| ' + ' | '.join(cell(c) for c in (row['figure'], row['value'], row['peer'], section, load)) + ' |')
    return '\n'.join(lines)


def rows_between_markers(text):
    """The table's data rows, as lists of cells; raises ValueError when the markers or the table are missing."""
    match = re.search(re.escape(BEGIN) + r'\n(.*?)\n' + re.escape(END), text, re.S)
    if not match:
        raise ValueError(f'no {BEGIN} ... {END} in the README')
    lines = [l for l in match.group(1).splitlines() if l.startswith('|')]
    if len(lines) < 3 or [c.strip() for c in lines[0].strip('|').split('|')] != COLUMNS:
        raise ValueError('no figures table between the markers')
    return [[c.strip() for c in l.strip().strip('|').split('|')] for l in lines[2:]]


def check(readme):
    rows = rows_between_markers(open(readme, encoding='utf8').read())
    bad = [r for r in rows if len(r) != len(COLUMNS) or not all(r) or not re.search(r'\d', r[1]) or not re.search(r'\d', r[2])]
    for r in bad:
        print('row without a figure or a peer:', ' | '.join(r))
    print(f'{len(rows)} rows, {len(bad)} without a figure or a peer')
    return 0 if rows and not bad else 1


def write(readme, report, header, benches):
    text = open(readme, encoding='utf8').read()
    if BEGIN not in text or END not in text:  # never append a second table where the markers went missing
        raise SystemExit(f'report_table: no {BEGIN} ... {END} in {readme}')
    generated = table(header, benches)
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    with open(readme, 'w', encoding='utf8') as f:
        f.write(text[:start] + '\n' + generated + '\n' + text[end:])
    with open(report, 'a', encoding='utf8') as f:
        f.write('\n## The README table written from this report\n\n' + generated + '\n')
    return 0


if __name__ == '__main__':
    if sys.argv[1] == '--check':
        sys.exit(check(sys.argv[2]))
    readme, report, header = sys.argv[1:4]
    sys.exit(write(readme, report, header, [arg.split(':', 2) for arg in sys.argv[4:]]))
