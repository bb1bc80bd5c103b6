/**
 * The language table: everything language-specific in code lives here.
 * Adding a language = one entry in `LANGUAGES` + one `locales/<code>.json`.
 * UI sentences live in the locale files; this table holds what code needs to
 * *compute* with (direction, digits, numbering words, quotation marks, citation,
 * search behaviour).
 */
import type { FoldingName } from '../search/folding.ts';

export interface NumberingWords {
  /** Words that introduce a numbered unit in headings, as authors write them (matched case-insensitively, before the number). */
  article: string[];
  section: string[];
  chapter: string[];
  part: string[];
  annex: string[];
  /**
   * Chinese-style units wrap the number: 第五条 = prefix "第" + number + suffix "条".
   * Each entry is [prefix, suffix] for one unit kind.
   */
  wrapped?: Partial<Record<'article' | 'section' | 'chapter' | 'part' | 'annex', [string, string][]>>;
}

export interface Language {
  /** BCP 47 tag used everywhere: URL segment, html lang, Pagefind, hreflang. */
  code: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in its own language and script. */
  name: string;
  /** Open Graph's locale (`og:locale`, language_TERRITORY) for pages in this language. */
  ogLocale: string;
  /** Intl locale used for dates and numbers. */
  intl: string;
  /** Primary and nested quotation marks. */
  quotes: { open: string; close: string; innerOpen: string; innerClose: string };
  /** Letters used for points (a), (b)… in this language, in order. Position n maps to the n-th Latin letter. */
  pointLetters: string[];
  /** Native digits 0–9 when the script has its own (Arabic-Indic); authors may use either. */
  digits?: string[];
  /** Words that introduce numbered units. */
  numbering: NumberingWords;
  /** Display patterns for clause labels; {n} is the number, {x} a letter/roman. */
  clauseWords: {
    article: string;
    section: string;
    chapter: string;
    part: string;
    annex: string;
    paragraph: string;
    point: string;
    preamble: string;
  };
  /**
   * Citation pattern. Placeholders: {title} {edition} {clause} {url} {record}.
   * {record} is replaced by the locale's "editorial record" wording when the
   * document is an editorial record (empty otherwise).
   */
  citation: string;
  /**
   * Written without spaces between words (Chinese): search treats a query word as found
   * anywhere inside a word of the text, since word segmentation differs between the
   * indexer and the browser. Elsewhere a query word must be a word of the text, or the
   * start of one when it has at least three letters (src/search/vocabulary.ts).
   */
  unspaced?: boolean;
  /** What follows a label before its value ("Version: …"): French sets a narrow no-break space before the colon, Chinese a full-width colon. */
  colon: string;
  /** Joins the two ends of a date range when Intl cannot collapse it in the language's own style (Chinese: 至). */
  dateRangeJoin?: string;
  /** How search treats the language, where it differs from the default. */
  search?: {
    /**
     * A folding (src/search/folding.ts) applied to the indexed text and to queries, for what
     * Pagefind's own stemming leaves apart (Arabic: the article, diacritics, letter variants).
     * Each clause's unfolded text is kept beside the index, so excerpts show it as written.
     */
    fold?: FoldingName;
    /**
     * Time to index the language relative to English (default 1), measured at 6,000 pages:
     * the slowest languages are indexed first, so that no long one starts last.
     */
    indexCost?: number;
  };
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz'.split('');

export const LANGUAGES = [
  {
    code: 'en',
    ogLocale: 'en_GB',
    dir: 'ltr',
    name: 'English',
    intl: 'en-GB',
    quotes: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
    pointLetters: LATIN,
    numbering: {
      article: ['article', 'art.'],
      section: ['section'],
      chapter: ['chapter'],
      part: ['part'],
      annex: ['annex'],
    },
    clauseWords: {
      article: 'Article {n}',
      section: 'Section {n}',
      chapter: 'Chapter {n}',
      part: 'Part {n}',
      annex: 'Annex {n}',
      paragraph: 'Paragraph {n}',
      point: 'point ({x})',
      preamble: 'Preamble',
    },
    citation: '{record}{open}{title}{close}, {edition}, {clause}. {url}',
    colon: ': ',
  },
  {
    code: 'zh',
    ogLocale: 'zh_CN',
    dir: 'ltr',
    name: '中文',
    intl: 'zh-CN',
    unspaced: true,
    quotes: { open: '《', close: '》', innerOpen: '〈', innerClose: '〉' },
    // Chinese enumerates points as （一）（二）（三）…: position n maps to the n-th Latin letter.
    pointLetters: '一二三四五六七八九十'.split(''),
    numbering: {
      article: [],
      section: [],
      chapter: [],
      part: [],
      annex: ['附件'],
      wrapped: {
        article: [['第', '条']],
        section: [['第', '节']],
        chapter: [['第', '章']],
        part: [
          ['第', '部分'],
          ['第', '编'],
        ],
        annex: [['附件', '']],
      },
    },
    clauseWords: {
      article: '第{n}条',
      section: '第{n}节',
      chapter: '第{n}章',
      part: '第{n}部分',
      annex: '附件{n}',
      paragraph: '第{n}段',
      point: '第（{x}）项',
      preamble: '序言',
    },
    citation: '{record}{open}{title}{close}，{edition}，{clause}。{url}',
    colon: '：',
    dateRangeJoin: '至',
    search: { indexCost: 2.5 },
  },
  {
    code: 'fr',
    ogLocale: 'fr_FR',
    dir: 'ltr',
    name: 'Français',
    intl: 'fr-FR',
    quotes: { open: '« ', close: ' »', innerOpen: '“', innerClose: '”' },
    pointLetters: LATIN,
    numbering: {
      article: ['article', 'art.'],
      section: ['section'],
      chapter: ['chapitre'],
      part: ['partie', 'titre'],
      annex: ['annexe'],
    },
    clauseWords: {
      article: 'Article {n}',
      section: 'Section {n}',
      chapter: 'Chapitre {n}',
      part: 'Partie {n}',
      annex: 'Annexe {n}',
      paragraph: 'Paragraphe {n}',
      point: 'alinéa {x})',
      preamble: 'Préambule',
    },
    citation: '{record}{open}{title}{close}, {edition}, {clause}. {url}',
    colon: '\u202f: ',
  },
  {
    code: 'ru',
    ogLocale: 'ru_RU',
    dir: 'ltr',
    name: 'Русский',
    intl: 'ru-RU',
    quotes: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
    // Russian legal enumeration skips ё, й, ъ, ы, ь.
    pointLetters: 'абвгдежзиклмнопрстуфхцчшщэюя'.split(''),
    numbering: {
      article: ['статья', 'ст.'],
      section: ['раздел'],
      chapter: ['глава'],
      part: ['часть'],
      annex: ['приложение'],
    },
    clauseWords: {
      article: 'Статья {n}',
      section: 'Раздел {n}',
      chapter: 'Глава {n}',
      part: 'Часть {n}',
      annex: 'Приложение {n}',
      paragraph: 'Пункт {n}',
      point: 'подпункт {x})',
      preamble: 'Преамбула',
    },
    citation: '{record}{open}{title}{close}, {edition}, {clause}. {url}',
    colon: ': ',
  },
  {
    code: 'es',
    ogLocale: 'es_ES',
    dir: 'ltr',
    name: 'Español',
    intl: 'es-ES',
    quotes: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
    pointLetters: LATIN,
    numbering: {
      article: ['artículo', 'art.'],
      section: ['sección'],
      chapter: ['capítulo'],
      part: ['parte', 'título'],
      annex: ['anexo'],
    },
    clauseWords: {
      article: 'Artículo {n}',
      section: 'Sección {n}',
      chapter: 'Capítulo {n}',
      part: 'Parte {n}',
      annex: 'Anexo {n}',
      paragraph: 'Párrafo {n}',
      point: 'apartado {x})',
      preamble: 'Preámbulo',
    },
    citation: '{record}{open}{title}{close}, {edition}, {clause}. {url}',
    colon: ': ',
  },
  {
    code: 'ar',
    ogLocale: 'ar_AR',
    dir: 'rtl',
    name: 'العربية',
    intl: 'ar',
    quotes: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
    // Abjad order, as UN Arabic texts enumerate points: (أ) (ب) (ج) (د) (هـ) …
    pointLetters: [
      'أ',
      'ب',
      'ج',
      'د',
      'هـ',
      'و',
      'ز',
      'ح',
      'ط',
      'ي',
      'ك',
      'ل',
      'م',
      'ن',
      'س',
      'ع',
      'ف',
      'ص',
      'ق',
      'ر',
      'ش',
      'ت',
      'ث',
      'خ',
      'ذ',
      'ض',
      'ظ',
      'غ',
    ],
    digits: ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
    numbering: {
      article: ['المادة', 'مادة'],
      section: ['القسم', 'الفرع'],
      chapter: ['الفصل', 'الباب'],
      part: ['الجزء'],
      annex: ['المرفق'],
    },
    clauseWords: {
      article: 'المادة {n}',
      section: 'القسم {n}',
      chapter: 'الفصل {n}',
      part: 'الجزء {n}',
      annex: 'المرفق {n}',
      paragraph: 'الفقرة {n}',
      point: 'البند ({x})',
      preamble: 'الديباجة',
    },
    citation: '{record}{open}{title}{close}، {edition}، {clause}. {url}',
    colon: ': ',
    // Its pages also carry each clause's unfolded text: it indexes slower than its size says.
    search: { fold: 'arabic', indexCost: 2.2 },
  },
] as const satisfies readonly Language[];

export type LangCode = (typeof LANGUAGES)[number]['code'];
/** In table order. A non-empty tuple type, so that zod's `z.enum(LANG_CODES)` infers `LangCode`, not `string`. */
export const LANG_CODES = LANGUAGES.map((l) => l.code) as [LangCode, ...LangCode[]];
export const DEFAULT_LANG: LangCode = 'en';

export function isLang(code: string): code is LangCode {
  return (LANG_CODES as string[]).includes(code);
}

export function getLanguage(code: string): Language {
  const lang = LANGUAGES.find((l) => l.code === code);
  if (!lang)
    throw new Error(`Unknown language "${code}". Known: ${LANG_CODES.join(', ')}. Add it to src/i18n/languages.ts.`);
  return lang;
}

const displayNames = new Map<string, Intl.DisplayNames>();
/**
 * A language named in the reader's language ("anglais" on a French page, "英语" on a Chinese
 * one), from CLDR through Intl: inside a sentence, the name must be in the sentence's language.
 * (`name` above is for lists where each language names itself, such as the switcher.)
 */
export function languageNameIn(code: string, readerLang: string): string {
  const intl = getLanguage(readerLang).intl;
  let names = displayNames.get(intl);
  if (!names) displayNames.set(intl, (names = new Intl.DisplayNames([intl], { type: 'language' })));
  return names.of(code) ?? getLanguage(code).name;
}
