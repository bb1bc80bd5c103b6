#!/usr/bin/env python3
"""Adds explicit .ts extensions to relative imports in src/ and tests/, so that
plain Node 24 (type stripping) can import the same modules as Vite does."""
import os, re, sys
ROOTS = sys.argv[1:] or ['src', 'tests', 'scripts']
PAT = re.compile(r"""((?:import|export)(?:[^'"]*?from)?\s*\(?\s*['"])(\.{1,2}/[^'"]+?)(['"])""")
for root in ROOTS:
    for dp, _, files in os.walk(root):
        for f in files:
            if not f.endswith(('.ts', '.mts', '.astro', '.mjs')): continue
            p = os.path.join(dp, f); s = open(p).read()
            def fix(m):
                spec = m.group(2)
                if re.search(r'\.(ts|mjs|js|json|astro|css|svg|mts)$', spec): return m.group(0)
                base = os.path.normpath(os.path.join(dp, spec))
                if os.path.isfile(base + '.ts'): spec += '.ts'
                elif os.path.isfile(os.path.join(base, 'index.ts')): spec += '/index.ts'
                else: return m.group(0)
                return m.group(1) + spec + m.group(3)
            t = PAT.sub(fix, s)
            if t != s: open(p, 'w').write(t); print('fixed', p)
