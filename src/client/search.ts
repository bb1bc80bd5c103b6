/**
 * The search page's enhancement: Pagefind in the browser, results as the reader
 * types, filters with counts, this language or all six, and the state in the URL
 * (pushState on each committed change, replaceState while typing; popstate restores).
 * Every text shown is put in the page as text nodes — never as HTML.
 */
import { excerptOfOriginal, type Segment, segmentsOf } from '../search/excerpt.ts';
import { FOLDINGS, type FoldingName } from '../search/folding.ts';
import { pagefindFilters, paramsFromState, type SearchState, stateFromParams } from '../search/state.ts';
import { facetCounts, type TextCounts, textsFound } from '../search/tally.ts';
import { answers, normalizeWord, queryFor, type Vocabulary } from '../search/vocabulary.ts';

interface Strings {
  lang: string;
  languages: Record<string, { name: string; dir: string; unspaced?: boolean; fold?: FoldingName }>;
  kinds: Record<string, string>;
  edition: string;
  none: string;
  prompt: string;
  loading: string;
  failed: string;
  more: string;
  results: Record<string, string>;
}
interface Sub {
  title: string;
  url: string;
  excerpt: string;
}
interface Data {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: Sub[];
}
interface Result {
  data(): Promise<Data>;
}
interface Response {
  results: Result[];
  filters?: Record<string, TextCounts>;
  totalFilters?: Record<string, TextCounts>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, TextCounts>>;
  preload(q: string, o: object): Promise<void>;
  search(q: string | null, o: object): Promise<Response>;
}

const form = document.getElementById('search-form') as HTMLFormElement | null;
const stringsEl = document.getElementById('search-strings');
if (form && stringsEl) {
  const S = JSON.parse(stringsEl.dataset.strings ?? '{}') as Strings;
  const theForm: HTMLFormElement = form; // narrowed once, for the functions below
  const input = theForm.querySelector<HTMLInputElement>('#q')!;
  const status = document.getElementById('search-status')!;
  const out = document.getElementById('search-results')!;
  document.querySelector('.search-nojs')?.remove();
  theForm.hidden = false;
  // Filters start closed (on a phone they would push the first result below the fold); open where there is room.
  const filtersBox = theForm.querySelector<HTMLDetailsElement>('.search-filters');
  if (filtersBox && matchMedia('(min-width: 40rem)').matches) filtersBox.open = true;
  const plural = new Intl.PluralRules(S.lang);
  const number = new Intl.NumberFormat(S.lang);
  const count = (forms: Record<string, string>, n: number) =>
    (forms[plural.select(n)] ?? forms.other ?? '').replace('{{count}}', number.format(n));

  // One Pagefind instance per language. Pagefind takes an instance's language from
  // <html lang> when it starts, so it is set for that synchronous moment only.
  const instances = new Map<string, Promise<Pagefind>>();
  // Each language's page counts per filter value over its whole index: a filter-only browse's facets.
  const everything = new Map<string, Record<string, TextCounts>>();
  const instance = (lang: string) => {
    let p = instances.get(lang);
    if (!p) {
      p = (async () => {
        const mod = (await import(/* @vite-ignore */ `/pagefind/pagefind.js?lang=${lang}`)) as Pagefind;
        await mod.options({ basePath: '/pagefind/', noWorker: true });
        const html = document.documentElement;
        const own = html.lang;
        html.lang = lang;
        const ready = mod.init();
        html.lang = own;
        await ready;
        // Filter counts only cover filter data already loaded: load it once, up front.
        everything.set(lang, await mod.filters());
        return mod;
      })();
      instances.set(lang, p);
      // A failed start (a dropped connection) is not remembered: the next search tries again.
      p.catch(() => instances.delete(lang));
    }
    return p;
  };

  // Each language's words (src/search/vocabulary.ts), fetched once; a failed fetch is tried again next time.
  const vocabularies = new Map<string, Promise<Vocabulary>>();
  const vocabulary = (lang: string) => {
    let p = vocabularies.get(lang);
    if (!p) {
      p = fetch(`/pagefind/words/${lang}.json`).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<Vocabulary>;
      });
      vocabularies.set(lang, p);
      p.catch(() => vocabularies.delete(lang));
    }
    return p;
  };

  const readForm = (): SearchState =>
    stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (s: SearchState) => {
    input.value = s.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (box.name === 'edition' ? s.editions : s.kinds).includes(box.value);
    }
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name=scope]'))
      r.checked = r.value === (s.all ? 'all' : '');
  };
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Partial<HTMLElementTagNameMap[K]> = {},
    ...kids: (Node | string)[]
  ) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
  const excerptNode = (segs: Segment[], lang: string) => {
    const span = el('span', { className: 'excerpt', lang, dir: S.languages[lang]?.dir ?? 'auto' });
    for (const s of segs) span.append(s.mark ? el('mark', {}, s.text) : s.text);
    return span;
  };

  /** A language indexed folded (the language table's `search.fold`: Arabic) has queries and matched words compared folded too. */
  const foldingOf = (lang: string) => {
    const name = S.languages[lang]?.fold;
    return name ? FOLDINGS[name] : undefined;
  };
  const folded = (text: string, lang: string) => foldingOf(lang)?.text(text) ?? text;

  // The reader's own language first: results are grouped by document in the order they come.
  const languagesOf = (s: SearchState) =>
    s.all ? [S.lang, ...Object.keys(S.languages).filter((l) => l !== S.lang)] : [S.lang];

  /**
   * Results are loaded a page at a time: each costs a fragment download (about 4 KB
   * gzipped, the whole text). Five documents, each with up to six clause hits, fill
   * a screen; eight cost 13 KB and 15 ms more per query at 6,000 pages (docs/performance.md).
   */
  const PAGE = 5;
  let seq = 0;
  let loading = false;
  let current: {
    state: SearchState;
    total: number;
    pages: number;
    found: { lang: string; results: Result[]; data: Data[]; strict?: string[] | undefined }[];
  } | null = null;
  // A result's element, built once per query: results arrive one by one, and each arrival
  // re-renders the list (a group changes only when another language's hit joins it).
  let built = new Map<string, { hits: number; article: HTMLElement }>();
  const moreButton = el('button', { type: 'button', className: 'search-more', hidden: true }, S.more);

  /** No results on screen, nothing loading: before an empty query, or after a failed one. */
  function clear(said: string) {
    current = null;
    loading = false;
    out.removeAttribute('aria-busy');
    out.replaceChildren();
    status.textContent = said;
  }

  async function run(state: SearchState, restore?: { pages: number; y: number }) {
    const mine = ++seq;
    // No "more results" for the previous query while this one is being searched.
    moreButton.hidden = true;
    if (!state.q && !state.editions.length && !state.kinds.length) {
      clear(S.prompt);
      return;
    }
    status.textContent = S.loading;
    const langs = languagesOf(state);
    let found: {
      lang: string;
      results: Result[];
      data: Data[];
      shown: TextCounts;
      base: TextCounts;
      strict?: string[] | undefined;
    }[];
    try {
      found = await Promise.all(
        langs.map(async (lang) => {
          const [pf, words] = await Promise.all([instance(lang), state.q ? vocabulary(lang) : null]);
          // Only the query words this language's texts contain; none: nothing found here.
          const query = words ? queryFor(folded(state.q, lang), words, lang, S.languages[lang]?.unspaced) : null;
          if (state.q && !query) return { lang, results: [], data: [], shown: {}, base: {} };
          const filters = { ...pagefindFilters(state), ...(query?.texts && { text: { any: query.texts } }) };
          const res = await pf.search(query?.term ?? null, { filters });
          // `filters`: the texts in the list; `totalFilters`: the query's texts before filters
          // (zero for a filter-only browse, whose "before filters" is the whole index).
          let base = (query ? res.totalFilters?.text : everything.get(lang)?.text) ?? {};
          if (query?.texts) base = Object.fromEntries(query.texts.map((t) => [t, base[t] ?? 0]));
          // Limited to the texts holding a rare word: within them, only clauses where it is (not a word sharing its stem).
          return {
            lang,
            results: res.results,
            data: [],
            shown: res.filters?.text ?? {},
            base,
            strict: query?.texts && query.words,
          };
        }),
      );
    } catch {
      if (mine === seq) clear(S.failed);
      return;
    }
    if (mine !== seq) return; // a newer query has started
    // Texts, not language versions: a text found in three languages is one result in the list.
    const facets = facetCounts(textsFound(found.map((f) => f.base)));
    for (const c of theForm.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [name = '', value = ''] = (c.dataset.countFor ?? '').split(':');
      c.textContent = `(${number.format((name === 'edition' ? facets.edition : facets.kind)[value] ?? 0)})`;
    }
    current = { state, found, total: textsFound(found.map((f) => f.shown)).length, pages: 0 };
    built = new Map();
    await loadPage(mine);
    // Back from a result: as many pages as the reader had, then where they were.
    while (
      restore &&
      current?.state === state &&
      current.pages < restore.pages &&
      found.some((f) => f.data.length < f.results.length)
    )
      await loadPage(mine);
    if (restore && mine === seq) scrollTo(0, restore.y);
  }

  /**
   * Loads the next page of results, showing them in rank order as they arrive: the
   * first result is on screen while the others load (each is a fragment download).
   * The list is aria-busy until the page is complete.
   */
  async function loadPage(mine: number) {
    if (!current) return;
    const { found } = current;
    loading = true;
    out.setAttribute('aria-busy', 'true');
    const pending = found.map((f) => f.results.slice(f.data.length, f.data.length + PAGE).map((r) => r.data()));
    current.pages++;
    let failed = false;
    try {
      for (let i = 0; i < PAGE; i++) {
        const got = await Promise.all(pending.map((p) => p[i]));
        if (mine !== seq) return;
        got.forEach((d, k) => {
          if (d) found[k]!.data.push(d);
        });
        if (got.some(Boolean)) render();
      }
    } catch {
      failed = true;
      if (mine === seq) status.textContent = S.failed;
    } finally {
      if (mine === seq) {
        loading = false;
        out.removeAttribute('aria-busy');
        if (!failed) render();
      }
    }
  }

  // After "more results", focus goes to the first new result (the button itself is re-rendered),
  // unless the reader has started another search meanwhile.
  async function more() {
    if (loading) return;
    const mine = seq;
    const shown = new Set(out.querySelectorAll('.result'));
    await loadPage(mine);
    if (mine !== seq) return;
    [...out.querySelectorAll<HTMLElement>('.result')]
      .find((r) => !shown.has(r))
      ?.querySelector<HTMLElement>('h2 a')
      ?.focus();
  }
  moreButton.addEventListener('click', () => void more());

  function render() {
    if (!current) return;
    const { state, found } = current;
    // Group by document (its language-neutral key), so the six languages of one text sit together.
    const groups = new Map<string, { lang: string; data: Data; strict?: string[] | undefined }[]>();
    for (const f of found)
      for (const data of f.data) {
        const key = data.meta.key ?? data.url;
        groups.set(key, [...(groups.get(key) ?? []), { lang: f.lang, data, strict: f.strict }]);
      }
    const { total } = current;
    const said = total ? count(S.results, total) : S.none;
    if (status.textContent !== said) status.textContent = said; // said once, not at every partial render
    out.replaceChildren(
      ...[...groups].map(([key, hits]) => {
        const known = built.get(key);
        if (known?.hits === hits.length) return known.article;
        const head = hits.find((h) => h.lang === S.lang) ?? hits[0]!;
        const meta = head.data.meta;
        const article = el('article', { className: 'result' });
        article.append(
          el(
            'h2',
            {},
            el(
              'a',
              { href: head.data.url, lang: head.lang, dir: S.languages[head.lang]?.dir ?? 'auto' },
              meta.title ?? head.data.url,
            ),
          ),
          el(
            'p',
            { className: 'result-meta' },
            [S.kinds[meta.kind ?? ''] ?? meta.kind ?? '', S.edition.replace('{year}', meta.edition ?? '')].join(' · '),
          ),
        );
        const list = el('ol', { className: 'hits' });
        for (const { lang, data, strict } of hits) {
          // A folded language's clauses come with their text as written, for the excerpts.
          const folding = foldingOf(lang);
          const clauses =
            folding && data.meta.clauses ? (JSON.parse(data.meta.clauses) as Record<string, string>) : null;
          const subs = data.sub_results
            .map((sub) => {
              const id = sub.url.split('#')[1];
              return {
                sub,
                id,
                segs:
                  folding && clauses && id && clauses[id]
                    ? excerptOfOriginal(clauses[id], state.q, folding.word)
                    : segmentsOf(sub.excerpt),
              };
            })
            .filter(
              ({ segs }) =>
                !strict ||
                segs.some(
                  (g) =>
                    g.mark &&
                    strict.some((w) =>
                      answers(normalizeWord(folded(g.text.replace(/[^\p{L}\p{N}]/gu, ''), lang), lang), w),
                    ),
                ),
            );
          for (const { sub, id, segs } of subs.slice(0, 6)) {
            const item = el(
              'li',
              {},
              el(
                'a',
                { href: sub.url, className: 'hit-link', lang, dir: S.languages[lang]?.dir ?? 'auto' },
                id ? sub.title : (meta.title ?? sub.title),
              ),
            );
            if (state.all)
              item.append(' ', el('span', { className: 'badge hit-lang', lang }, S.languages[lang]?.name ?? lang));
            item.append(el('br'), excerptNode(segs, lang));
            list.append(item);
          }
        }
        article.append(list);
        built.set(key, { hits: hits.length, article });
        return article;
      }),
      moreButton,
    );
    moreButton.hidden = loading || !found.some((f) => f.data.length < f.results.length);
    out.dataset.query = state.q; // what the results on screen answer (tests and the benchmark wait for it, and for aria-busy to go)
  }

  // The language switcher leads to the same search in another language (its fragment, if any, is kept).
  const carry = (s: SearchState) => {
    const qs = paramsFromState(s).toString();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[hreflang]'))
      a.setAttribute('href', `${a.pathname}${qs ? `?${qs}` : ''}${a.hash}`);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const commit = (push: boolean) => {
    const state = readForm();
    const qs = paramsFromState(state).toString();
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    carry(state);
    void run(state);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The search waits for a pause in typing; the index chunks it will need are fetched now.
    const s = readForm();
    if (s.q) {
      for (const lang of languagesOf(s)) {
        void instance(lang)
          .then((pf) => pf.preload(folded(s.q, lang), { filters: pagefindFilters(s) }))
          .catch(() => undefined);
      }
    }
    timer = setTimeout(() => commit(false), 200);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement) !== input) commit(true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    commit(true);
  });
  // Leaving for a result: remember how many pages of results were on screen and the scroll
  // position, so that Back restores the page the reader left (the script restores it: the
  // results arrive after the browser would have scrolled).
  history.scrollRestoration = 'manual';
  const remember = () => {
    if (current) history.replaceState({ pages: current.pages, y: scrollY }, '');
  };
  addEventListener('pagehide', remember);
  out.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('a')) remember();
  });
  const saved = (): { pages: number; y: number } | undefined => {
    const h = history.state as { pages?: unknown; y?: unknown } | null;
    return typeof h?.pages === 'number' && typeof h.y === 'number' ? { pages: h.pages, y: h.y } : undefined;
  };
  addEventListener('popstate', () => {
    const s = stateFromParams(new URLSearchParams(location.search));
    writeForm(s);
    carry(s);
    void run(s, saved());
  });
  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  carry(initial);
  void run(initial, saved());
}
