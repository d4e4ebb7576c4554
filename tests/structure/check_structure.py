#!/usr/bin/env python3
"""Fails on any #include that breaks one of the rules in structure.json.

Includes are resolved as the compiler resolves them: a quoted include is
looked for beside the including file, then in each include directory in turn;
an angled one names a system header and is matched against the `system`
groups. Exit status 0: the structure holds; 1: it does not (each break named
with file, line and the reason); 2: structure.json is wrong.
"""
import argparse
import json
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SOURCES = ('.cpp', '.hpp', '.h', '.def')


def part_of(rel, parts):
    best, best_len = None, -1
    for name, paths in parts.items():
        for p in paths:
            if (rel == p or (p.endswith('/') and rel.startswith(p))) and len(p) > best_len:
                best, best_len = name, len(p)
    return best


def resolve(root, including, target, include_dirs):
    here = os.path.dirname(including)
    for base in [here] + include_dirs:
        rel = os.path.normpath(os.path.join(base, target))
        if os.path.isfile(os.path.join(root, rel)):
            return rel
    return None


def system_group(target, system):
    for name, prefixes in system.items():
        for p in prefixes:
            if target == p or (p.endswith('/') and target.startswith(p)):
                return name
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True, help='the source tree')
    ap.add_argument('--structure', required=True, help='structure.json')
    args = ap.parse_args()
    try:
        with open(args.structure, encoding='utf-8') as f:
            spec = json.load(f)
        parts, system, never = spec['parts'], spec['system'], spec['never']
        include_dirs = spec['include_dirs']
        known = {(k['file'], k['include']): k for k in spec.get('known', [])}
    except (OSError, ValueError, KeyError) as e:
        print(f'{args.structure}: {e}', file=sys.stderr)
        return 2
    forbidden = {}
    for r in never:
        for to in r['to']:
            forbidden[(r['from'], to)] = r['why']

    breaks, seen_known = [], set()
    scanned = 0
    for top in sorted({p.split('/')[0] for paths in parts.values() for p in paths}):
        for dirpath, _, files in os.walk(os.path.join(args.root, top)):
            for name in sorted(files):
                if not name.endswith(SOURCES):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), args.root)
                src = part_of(rel, parts)
                if src is None:
                    continue
                scanned += 1
                with open(os.path.join(args.root, rel), encoding='utf-8') as f:
                    for lineno, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        quoted, target = m.group(1) == '"', m.group(2)
                        dst = None
                        if quoted:
                            hit = resolve(args.root, rel, target, include_dirs)
                            if hit is None:
                                # An include nobody can place would hide any break behind it.
                                breaks.append(f'{rel}:{lineno}: "{target}" is in none of the include directories')
                                continue
                            dst = part_of(hit, parts)
                        if dst is None:
                            dst = system_group(target, system)
                        if dst is None or dst == src or (src, dst) not in forbidden:
                            continue
                        key = (rel, target)
                        if key in known:
                            seen_known.add(key)
                            continue
                        breaks.append(f'{rel}:{lineno}: {src} must never include {dst} '
                                      f'("{target}"): {forbidden[(src, dst)]}')
    for key, k in known.items():
        if key not in seen_known:
            breaks.append(f'{key[0]}: the known break on "{key[1]}" is gone; '
                          f'remove it from {os.path.basename(args.structure)} ("known")')
    for b in breaks:
        print(b)
    if scanned == 0:
        print(f'{args.root}: no sources found')
        return 1
    print(f'structure: {scanned} files, {len(breaks)} breaks, {len(seen_known)} known')
    return 1 if breaks else 0


if __name__ == '__main__':
    sys.exit(main())
