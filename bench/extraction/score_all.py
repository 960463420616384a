#!/usr/bin/env python3
"""Runs `firsthand extract --json` once over the three extraction sets in ../shared/bench/extraction (AEB,
trafilatura-eval, readability-pages) and prints each set's figures beside the peers', through the sets' own
scorers (imported from their folders, so the metrics cannot drift from them).

Every set is split into a development half (tuned on) and a validation half (only measured on) by a stable
hash of the page's file name (CRC-32, even = dev); both halves are printed apart, then the whole set.

usage: score_all.py CLI BENCH_DIR OUT_DIR [PEER_TRAF_JSON]
With FIRSTHAND_BENCH_JSON set, each set's row for bench/report.sh is written there too (bench_json.py).
PEER_TRAF_JSON: Readability.js's predictions on trafilatura-eval (run_readability.js --dataset traf), scored
on the same halves; trafilatura's own figure is the published whole-set one (its README).
"""
import importlib.util, json, subprocess, sys, zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_json import write_rows

PUBLISHED_TRAF = {'trafilatura 2.2.0 (published, whole set)': (0.924, 0.906, 0.943)}


def load_module(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half(name):
    return 'dev' if zlib.crc32(name.encode('utf-8')) % 2 == 0 else 'val'


def extract_all(cli, jobs, out_dir):
    """jobs: {name: page path}. Returns {name: parsed JSON (or {} when the CLI failed)}; each output is also
    written to out_dir/NAME.json for reading a page's result."""
    out_dir.mkdir(parents=True, exist_ok=True)

    def run(item):
        name, path = item
        r = subprocess.run([cli, 'extract', '--json', str(path)], capture_output=True, timeout=60)
        text = r.stdout.decode('utf-8', 'replace')
        (out_dir / f'{name}.json').write_text(text, encoding='utf-8')
        try:
            return name, json.loads(text)
        except ValueError:
            return name, {}

    with ThreadPoolExecutor(2) as pool:
        return dict(pool.map(run, jobs.items()))


def body(doc):
    return '\n\n'.join(doc.get('paragraphs') or [])


def groups(names):
    """{'dev': [...], 'val': [...], 'all': [...]} of the given keys, by their file names."""
    out = {'dev': [], 'val': [], 'all': []}
    for key, name in names.items():
        out[half(name)].append(key)
        out['all'].append(key)
    return out


def aeb(bench, cli, out):
    scorer = load_module(bench / 'score_aeb.py')
    gt = json.loads((bench / 'aeb/ground-truth.json').read_text(encoding='utf-8'))
    docs = extract_all(cli, {k: bench / 'aeb/html' / f'{k}.html' for k in gt}, out / 'aeb')
    systems = {'firsthand': {k: body(d) for k, d in docs.items()}}
    for ref in sorted((bench / 'aeb/reference-outputs').glob('*.json')):
        pred, _ = scorer.load_pred(ref)
        systems[ref.stem] = {k: (pred.get(k) or {}).get('articleBody', '') or '' for k in gt}
    split = groups({k: f'{k}.html' for k in gt})
    print(f'AEB ({len(gt)} pages; 4-gram shingle F1 of score_aeb.py)')
    print(f'  {"":22}' + ''.join(f'{g + " (" + str(len(split[g])) + ")":>24}' for g in split))
    scores = {}
    for name, pred in systems.items():
        scores[name] = {g: scorer.corpus_metrics([scorer.tp_fp_fn(gt[k].get('articleBody', ''), pred[k]) for k in keys])
                        for g, keys in split.items()}
        print(f'  {name:22}' + ''.join(f'{cell(m):>24}'
                                       for m in scores[name].values()))
    ours = scores.pop('firsthand')
    peers = sorted(scores.items(), key=lambda item: -item[1]['all']['f1'])
    return (f'AEB extraction, {len(gt)} pages (shingle F1), dev / val / all', halves(ours, 'f1', ours['all']),
            ', '.join(f'{name} {m["all"]["f1"]:.3f}' for name, m in peers) + ' (published outputs, same scorer)')


def cell(m):
    return f'{m["f1"]:.3f} P{m["precision"]:.3f} R{m["recall"]:.3f}'


def halves(metrics, key, whole):
    """'dev / val / all' of one system's {group: {key: value}}, with the whole set's precision and recall."""
    return (' / '.join(f'{metrics[g][key]:.3f}' for g in ('dev', 'val', 'all')) +
            f' (P {whole["precision"]:.3f}, R {whole["recall"]:.3f})')


def traf(bench, cli, out, peer_json):
    root = bench / 'trafilatura-eval'
    scorer = load_module(root / 'score_trafilatura.py')
    ev = json.loads((root / 'evaldata.json').read_text(encoding='utf-8'))
    paths = {url: scorer.page_path(item['file']) for url, item in ev.items()}
    docs = extract_all(cli, {ev[u]['file']: p for u, p in paths.items() if p}, out / 'traf')
    systems = {'firsthand': {u: body(docs.get(item['file'], {})) for u, item in ev.items()}}
    if peer_json and Path(peer_json).exists():
        peer = json.loads(Path(peer_json).read_text(encoding='utf-8'))
        systems['readability.js ' + peer.get('version', '')] = {
            u: (peer['output'].get(u) or {}).get('articleBody', '') for u in ev}
    split = groups({u: item['file'] for u, item in ev.items()})
    print(f'trafilatura-eval ({len(ev)} pages; snippet F1 of score_trafilatura.py)')
    print(f'  {"":40}' + ''.join(f'{g + " (" + str(len(split[g])) + ")":>24}' for g in split))
    scores = {}
    for name, pred in systems.items():
        scores[name] = {}
        for g, urls in split.items():
            tp = fp = fn = 0
            for url in urls:
                text = scorer.norm(pred.get(url, ''))
                hits = sum(scorer.norm(w) in text for w in ev[url]['with'])
                tp, fn = tp + hits, fn + len(ev[url]['with']) - hits
                fp += sum(scorer.norm(w) in text for w in ev[url]['without'])
            scores[name][g] = {'f1': 2 * tp / max(1, 2 * tp + fp + fn), 'precision': tp / max(1, tp + fp),
                               'recall': tp / max(1, tp + fn)}
        print(f'  {name[:40]:40}' + ''.join(f'{cell(m):>24}'
                                             for m in scores[name].values()))
    for name, (f, p, r) in PUBLISHED_TRAF.items():
        print(f'  {name:40}{"":>48}{f"{f:.3f} P{p:.3f} R{r:.3f}":>24}')
    ours = scores.pop('firsthand')
    peers = [f'{name} {m["all"]["f1"]:.3f} (same run)' for name, m in scores.items()]
    peers += [f'{name.split(" (")[0]} {f:.3f} (published)' for name, (f, _, _) in PUBLISHED_TRAF.items()]
    return (f'trafilatura-eval extraction, {len(ev)} pages (snippet F1), dev / val / all', halves(ours, 'f1', ours['all']),
            ', '.join(peers))


def readability_pages(bench, cli, out):
    root = bench / 'readability-pages'
    scorer = load_module(root / 'score_readability_pages.py')
    pages = sorted(p for p in (root / 'pages').iterdir() if (p / 'source.html').exists())
    docs = extract_all(cli, {p.name: p / 'source.html' for p in pages}, out / 'readability-pages')
    rows = {}
    for page in pages:
        meta = json.loads((page / 'expected-metadata.json').read_text(encoding='utf-8'))
        doc = docs[page.name]
        _, _, f1 = scorer.f1(scorer.body_of(doc), scorer.text_of((page / 'expected.html').read_text(encoding='utf-8')))
        got = doc.get('metadata') if isinstance(doc.get('metadata'), dict) else doc
        title = scorer.meta_right(got.get('title'), meta.get('title'))[0]
        rows[page.name] = (meta.get('readerable', True), f1, title)
    split = groups({name: name for name in rows})
    print(f'readability-pages ({len(rows)} pages; word F1 against Readability.js, whose own score is 1.0)')
    figures = {}
    for g, names in split.items():
        readerable = [n for n in names if rows[n][0]]
        mean = lambda ns: sum(rows[n][1] for n in ns) / max(1, len(ns))
        figures[g] = (mean(names), mean(readerable), f'{sum(rows[n][2] for n in names)}/{len(names)}')
        print(f'  {g:4} F1 {mean(names):.3f} over {len(names):3}, {mean(readerable):.3f} over {len(readerable):3} '
              f'readerable; titles exact {figures[g][2]}')
    cells = lambda i: ' / '.join(f'{figures[g][i]:.3f}' if i < 2 else figures[g][i] for g in ('dev', 'val', 'all'))
    return (f"Readability's test pages, {len(rows)} (word F1), dev / val / all",
            f'{cells(0)}; readerable {cells(1)}; titles exact {cells(2)}',
            f'Readability.js 1.000 and {len(rows)}/{len(rows)} titles (its own output is the reference)')


def main():
    cli, bench, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    peer_traf = sys.argv[4] if len(sys.argv) > 4 else None
    rows = [aeb(bench, cli, out)]
    print()
    rows.append(traf(bench, cli, out, peer_traf))
    print()
    rows.append(readability_pages(bench, cli, out))
    write_rows(rows)


if __name__ == '__main__':
    main()
