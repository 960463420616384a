#!/usr/bin/env python3
"""Rows for bench/report.sh from the reports that print only text: the copies and pairs reports (Catch2 tests,
tests/compare/{copies,pairs}_report_test.cpp, through tests/relation_report.h) and the reading sessions'
markdown table (bench/sessions/run_sessions.sh). These formats are this repository's own fixed printf/awk layouts. Writes bench_json.py's format to
$FIRSTHAND_BENCH_JSON; exits 1 when the text holds none of the figures it should.

usage: report_rows.py copies|pairs|sessions < OUTPUT"""
import re
import sys

from bench_json import write_rows

TARGET = 'target 0.90 / 0.90'


def tallies(text):
    """{(half, level): {'pairs': N, relation: 'P / R', 'direction right': D, 'macro F1': F}} of every table
    tests/relation_report.h printed; half is 'all' for a set with no halves."""
    found = {}
    for block in re.split(r'\n(?=(?:(?:dev|val) half, )?(?:text|fingerprint) level, \d+ pairs\n)', text):
        head = re.match(r'(?:(dev|val) half, )?(text|fingerprint) level, (\d+) pairs\n', block)
        if not head:
            continue
        figures = found.setdefault((head.group(1) or 'all', head.group(2)), {'pairs': head.group(3)})
        for name, p, r in re.findall(r'^(\w+) +([0-9.]+) +([0-9.]+) +\d+$', block, re.M):
            figures[name] = f'{p} / {r}'
        for name in ('direction right', 'macro F1'):
            if m := re.search(rf'^{name} +([0-9.]+)', block, re.M):
                figures[name] = m.group(1)
        # The copies report's direction with neither page's date, printed indented under its direction row.
        if m := re.search(r'^  with no page dates +([0-9.]+)', block, re.M):
            figures['direction right with no page dates'] = m.group(1)
    return found


def copies(text):
    """Per relation, text level beside stored-fingerprint level, for the val half (only measured); the dev
    half's summary only, since its per-relation figures are what the rules were tuned to."""
    found, rows = tallies(text), []
    dev_names = ('direction right', 'direction right with no page dates', 'macro F1')
    for half, tuned, names in (('val', 'only measured', None), ('dev', 'tuned on', dev_names)):
        text_level, stored = found.get((half, 'text'), {}), found.get((half, 'fingerprint'), {})
        for name, value in text_level.items():
            if name == 'pairs' or name not in stored or (names and name not in names):
                continue
            target = {'direction right': 'target 0.95', 'direction right with no page dates': 'target 0.95',
                      'macro F1': 'fingerprint level within 0.05 of text'}
            rows.append((f'copies, {half} half ({text_level["pairs"]} pairs, {tuned}): {name}' + (' P / R' if '/' in value else ''),
                         f'text {value}; stored fingerprints {stored[name]}', target.get(name, TARGET)))
    return rows


def pairs(text):
    """The labelled fixture pairs (the thresholds were set on them): the lowest precision and recall of any
    relation at each level, beside the test's floor."""
    found = tallies(text)
    levels = {}
    for level in ('text', 'fingerprint'):
        figures = found.get(('all', level), {})
        scores = [tuple(map(float, v.split(' / '))) for k, v in figures.items() if k != 'pairs']
        if scores:
            levels[level] = (figures['pairs'], len(scores), f'{min(p for p, _ in scores):.2f} / {min(r for _, r in scores):.2f}')
    if len(levels) < 2:
        return []
    n, kinds, _ = levels['text']
    return [(f'labelled fixture pairs ({n}, thresholds set on them): lowest P / R of {kinds} relations',
             f'text {levels["text"][2]}; stored fingerprints {levels["fingerprint"][2]}', 'test floor 0.90 / 0.90')]


def sessions(text):
    """The one-history session of every page ('all'), and each set on its own."""
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) != 10 or not cells[1].isdigit():
            continue
        name, pages, articles, copy_verdicts, false, per, self_credit, spun, pairs, seconds = cells
        rows.append((f'reading session, {name}: false alarms per 1,000 pages ({pages} pages, {articles} articles)',
                     f'{per}; {false} false of {copy_verdicts} copy-type verdicts; {self_credit} from self-credits; '
                     f'flagged spun {spun}; labelled pairs found {pairs}; {seconds}',
                     'target 1 per 1,000'))
    return rows


if __name__ == '__main__':
    rows = {'copies': copies, 'pairs': pairs, 'sessions': sessions}[sys.argv[1]](sys.stdin.read())
    write_rows(rows)
    sys.exit(0 if rows else 1)
