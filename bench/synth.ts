/**
 * Synthetic corpus for benchmarks: `works` documents × 6 languages with realistic
 * length (10–40 clauses of 30–60 words) and vocabulary (4,000 words a language,
 * drawn by Zipf's law), each language's own numbering style and
 * script (Article/第X条/المادة with Arabic-Indic digits, points (a)/а)/（一）/(أ)),
 * editions and kinds spread over many years, cross-references and sources.
 * Deterministic (seeded), so runs are comparable. Written outside content/.
 */
import fs from 'node:fs';
import path from 'node:path';

const LANGS = ['en', 'zh', 'fr', 'ru', 'es', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const KINDS = ['concept-paper', 'initiative', 'consensus', 'report', 'statement', 'declaration', 'other'];
// Domain words every text of this forum uses (the benchmark's queries are among them).
const WORDS: Record<Lang, string[]> = {
  en: 'security cooperation data police training forum exchange member states shall promote law enforcement capacity network information protection crime investigation joint response mutual assistance framework'.split(
    ' ',
  ),
  fr: 'sécurité coopération données police formation forum échange États membres promouvoir application loi capacité réseau information protection criminalité enquête conjointe assistance mutuelle cadre'.split(
    ' ',
  ),
  ru: 'безопасность сотрудничество данные полиция подготовка форум обмен государства члены содействие правопорядок потенциал сеть информация защита преступность расследование совместное помощь взаимная рамки'.split(
    ' ',
  ),
  es: 'seguridad cooperación datos policía formación foro intercambio Estados miembros promover aplicación ley capacidad red información protección delincuencia investigación conjunta asistencia mutua marco'.split(
    ' ',
  ),
  ar: 'الأمن التعاون البيانات الشرطة التدريب المنتدى تبادل الدول الأعضاء تعزيز إنفاذ القانون القدرات الشبكة المعلومات الحماية الجريمة التحقيق المشترك المساعدة المتبادلة الإطار'.split(
    ' ',
  ),
  zh: '安全 合作 数据 警务 培训 论坛 交流 成员国 应当 促进 执法 能力 网络 信息 保护 犯罪 调查 联合 互助 框架'.split(
    ' ',
  ),
};
// The most frequent words of any text.
const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: 'the of and to in a for on by with'.split(' '),
  fr: 'de la le et les des à en du pour'.split(' '),
  es: 'de la el y en los las del a para'.split(' '),
  ru: 'и в на с по для к о из от'.split(' '),
  ar: 'في من على إلى أن عن مع هذا التي الذي'.split(' '),
  zh: '的 和 在 与 对 为 是 及 中 将'.split(' '),
};
// Letters for the rest of the vocabulary, in each language's script.
const LETTERS: { latin: [string, string]; ru: [string, string]; ar: string; zh: string } = {
  latin: ['bcdfglmnprstv', 'aeiou'],
  ru: ['бвгдклмнпрст', 'аеиоуя'],
  ar: 'بتدرسعفقكلمنهوي',
  zh: '国家社会发展工作部门管理机构建设服务标准技术体系制度组织规定实施提高加强重要问题方面活动情况行动计划项目资源环境领域经济政治文化区域全球共同原则基础条件措施责任义务权利政策法律规则程序机制平台渠道方式内容目标任务',
};
const VOCABULARY = 4000;

/**
 * A language's vocabulary in frequency order: function words, then the domain
 * words, then thousands of generated words in the language's script. Words are
 * drawn by Zipf's law (frequency ∝ 1 / rank), as in real prose: a domain word is
 * about 1 % of a text's words, so common queries match most documents but not
 * every clause, and the index and its compression look like a real archive's.
 */
function vocabulary(lang: Lang): { words: string[]; cumulative: number[]; total: number } {
  const r = rng(LANGS.indexOf(lang) + 101);
  const pick = (s: string) => [...s][Math.floor(r() * [...s].length)] ?? '';
  const make = () => {
    if (lang === 'zh') return pick(LETTERS.zh) + pick(LETTERS.zh);
    if (lang === 'ar') return Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(LETTERS.ar)).join('');
    const [c, v] = lang === 'ru' ? LETTERS.ru : LETTERS.latin;
    return Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(c) + pick(v)).join('');
  };
  const words = [...FUNCTION_WORDS[lang], ...WORDS[lang]];
  const seen = new Set(words);
  while (words.length < VOCABULARY) {
    const w = make();
    if (!seen.has(w)) {
      words.push(w);
      seen.add(w);
    }
  }
  let sum = 0;
  const cumulative = words.map((_, i) => (sum += 1 / (i + 1)));
  return { words, cumulative, total: sum };
}
const VOCAB = Object.fromEntries(LANGS.map((l) => [l, vocabulary(l)])) as Record<Lang, ReturnType<typeof vocabulary>>;

function drawWord(lang: Lang, r: () => number): string {
  const { words, cumulative, total } = VOCAB[lang];
  const x = r() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return words[lo]!;
}
const ARTICLE: Record<Lang, (n: number) => string> = {
  en: (n) => `Article ${n}`,
  fr: (n) => `Article ${n}`,
  es: (n) => `Artículo ${n}`,
  ru: (n) => `Статья ${n}`,
  zh: (n) => `第${zhNum(n)}条`,
  ar: (n) => `المادة ${arDigits(n)}`,
};
const POINTS: Record<Lang, string | string[]> = {
  en: 'abcdefgh',
  fr: 'abcdefgh',
  es: 'abcdefgh',
  ru: 'абвгдежз',
  zh: '一二三四五六七八',
  ar: ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح'],
};
const point = (lang: Lang, i: number) =>
  `${lang === 'zh' ? '（' : lang === 'ar' ? '(' : ''}${[...POINTS[lang]][i]}${lang === 'zh' ? '）' : ')'}`;

function zhNum(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
}
const arDigits = (n: number) => String(n).replace(/\d/g, (c) => '٠١٢٣٤٥٦٧٨٩'[Number(c)]!);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(lang: Lang, r: () => number, words: number): string {
  const out = Array.from({ length: words }, () => drawWord(lang, r));
  return lang === 'zh' ? `${out.join('')}。` : `${out.join(' ')}.`;
}

/**
 * @param dir output folder (replaced)
 * @param opts.works how many documents (one more is added: the twenty-paragraph reference page)
 * @param opts.revisions one work in ten has three revisions in every language (the current text
 *   and two earlier ones, each with another first paragraph), as issue 16's budget asks
 */
export function writeSyntheticCorpus(
  dir: string,
  {
    works,
    seed = 7,
    refs = true,
    revisions = true,
  }: { works: number; seed?: number; refs?: boolean; revisions?: boolean },
): { works: number; editions: number; pages: number; revised: string[] } {
  fs.rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const years = Array.from({ length: Math.max(3, Math.ceil(works / 40)) }, (_, i) => 2015 + i);
  const source = '  - id: synthetic\n    title: Synthetic source for benchmarks\n    official: true\n';
  for (const y of years) {
    const ed = path.join(dir, 'editions', String(y));
    fs.mkdirSync(ed, { recursive: true });
    fs.writeFileSync(
      path.join(ed, 'meta.yaml'),
      `date: ${y}-09\ncity: Lianyungang\ntext: official-text\noriginal: en\nrevision: 1\nsources:\n${source}`,
    );
    for (const lang of LANGS) {
      fs.writeFileSync(
        path.join(ed, `${lang}.mdx`),
        `---\ntitle: Edition ${y} (${lang})\nversion: ${lang === 'en' ? 'original' : 'archive'}\nbasedOn: 1\n---\n\n1. ${sentence(lang, r, 40)}\n\n2. ${sentence(lang, r, 40)}\n`,
      );
    }
  }
  const made: string[] = [];
  const revised: string[] = [];
  for (let w = 0; w < works; w++) {
    const year = years[w % years.length];
    const slug = `synthetic-${String(w).padStart(5, '0')}`;
    const docDir = path.join(dir, 'documents', String(year), slug);
    fs.mkdirSync(docDir, { recursive: true });
    // Each work draws from its own generator, so work N has the same shape at every corpus size.
    const rw = rng(seed * 7919 + w);
    const articles = 3 + Math.floor(rw() * 10); // heading + 2 paragraphs each (+ 3 points once): 13–40 clauses
    const pointsIn = Math.floor(rw() * articles);
    const current = revisions && w % 10 === 5 ? 3 : 1;
    const revisionFields =
      current > 1 ? `revision: ${current}\nrevisionDate: ${year}-10-03\nrevisionNote: Synthetic revision.\n` : '';
    fs.writeFileSync(
      path.join(docDir, 'meta.yaml'),
      `kind: ${KINDS[w % KINDS.length]}\nstatus: adopted\ndate: ${year}-09-${String(1 + (w % 28)).padStart(2, '0')}\ntext: official-text\noriginal: en\n${revisionFields || 'revision: 1\n'}sources:\n${source}`,
    );
    const target = made.length ? made[Math.floor(rw() * made.length)] : null;
    const lens = Array.from({ length: articles * 2 + 3 }, () => 30 + Math.floor(rw() * 31));
    for (const lang of LANGS) {
      const rl = rng(seed * 31 + w); // same shape in every language, own words
      let body = '';
      let k = 0;
      for (let a = 1; a <= articles; a++) {
        body += `## ${ARTICLE[lang](a)}\n\n`;
        for (let p = 1; p <= 2; p++) {
          const num = lang === 'ar' ? `${arDigits(p)}.` : `${p}.`;
          const ref = refs && target && a === 1 && p === 1 ? ` <Ref to="${target}#art_1__para_1" />` : '';
          body += `${num} ${sentence(lang, rl, lens[k++] ?? 40)}${ref}\n\n`;
          if (a === pointsIn && p === 1)
            for (let i = 0; i < 3; i++) body += `   ${point(lang, i)} ${sentence(lang, rl, 12)}\n\n`;
        }
      }
      const version = lang === 'en' ? 'original' : 'official\nsource: { title: Synthetic }';
      const preamble = sentence(lang, rl, 25);
      // A translation has its own revisions, here in step with the original's.
      const own = lang === 'en' || current === 1 ? '' : `revision: ${current}\n`;
      fs.writeFileSync(
        path.join(docDir, `${lang}.mdx`),
        `---\ntitle: Synthetic document ${w} (${lang})\nversion: ${version}\nbasedOn: ${current}\n${own}---\n\n${preamble}\n\n${body}`,
      );
      for (let n = 1; n < current; n++) {
        // Revision n: the same text with another first paragraph.
        const lines = body.split('\n');
        const num = lang === 'ar' ? `${arDigits(1)}.` : '1.';
        lines[2] = `${num} ${sentence(lang, rng(seed * 131 + w * 7 + n), lens[0] ?? 40)}`;
        const revDir = path.join(docDir, 'revisions', lang);
        fs.mkdirSync(revDir, { recursive: true });
        const based = lang === 'en' ? '' : `basedOn: ${n}\n`;
        fs.writeFileSync(
          path.join(revDir, `${n}.mdx`),
          `---\ndate: ${year}-09-2${n}\nnote: Synthetic revision ${n}.\n${based}---\n\n${preamble}\n\n${lines.join('\n')}`,
        );
      }
    }
    if (current > 1) revised.push(`${year}/${slug}`);
    made.push(`${year}/${slug}`);
  }
  // The reference page of the weight budget: 20 numbered paragraphs of 30–60 words.
  const refDir = path.join(dir, 'documents', String(years[0]), 'reference-twenty');
  fs.mkdirSync(refDir, { recursive: true });
  fs.writeFileSync(
    path.join(refDir, 'meta.yaml'),
    `kind: consensus\nstatus: adopted\ndate: ${years[0]}-09-20\ntext: official-text\noriginal: en\nrevision: 1\nsources:\n${source}`,
  );
  for (const lang of LANGS) {
    const rr = rng(4242);
    const paras = Array.from(
      { length: 20 },
      (_, i) => `${i + 1}. ${sentence(lang, rr, 30 + Math.floor(rr() * 31))}`,
    ).join('\n\n');
    const version = lang === 'en' ? 'original' : 'official\nsource: { title: Synthetic }';
    fs.writeFileSync(
      path.join(refDir, `${lang}.mdx`),
      `---\ntitle: Reference document of twenty paragraphs (${lang})\nversion: ${version}\nbasedOn: 1\n---\n\n${paras}\n`,
    );
  }
  fs.writeFileSync(path.join(dir, 'twenty-clause.json'), JSON.stringify(`${years[0]}/reference-twenty`));
  return { works: works + 1, editions: years.length, pages: (works + 1 + years.length) * LANGS.length, revised };
}
