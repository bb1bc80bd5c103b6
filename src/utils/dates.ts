import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { DateOrRange, PartialDate } from '../schemas/index.ts';

/**
 * Calendar dates for readers, through Intl, never shifted by a time zone: the
 * date is built at UTC noon and formatted in UTC. A year stays a year and a month
 * stays a month; nothing more precise than the source is ever shown.
 */
function parts(d: PartialDate): { date: Date; precision: 'year' | 'month' | 'day' } {
  const [y, m, day] = d.split('-').map(Number);
  const precision = day ? 'day' : m ? 'month' : 'year';
  return { date: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, day ?? 1, 12)), precision };
}

const OPTIONS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Creating a formatter costs far more than using one (a quarter of a millisecond;
// catalogue pages format thousands of dates): one per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, OPTIONS[precision])));
  return f;
}

export function formatDate(d: PartialDate, locale: string): string {
  const { date, precision } = parts(d);
  return formatter(locale, precision).format(date);
}

export function formatDateOrRange(d: DateOrRange, locale: string): string {
  if (typeof d === 'string') return formatDate(d, locale);
  const a = parts(d.from);
  const b = parts(d.to);
  const join = joinerOf(locale);
  if (a.precision !== b.precision) return `${formatDate(d.from, locale)}${join}${formatDate(d.to, locale)}`;
  // formatRange collapses shared parts ("8–10 September 2024")…
  const fmt = formatter(locale, a.precision);
  const range = fmt.formatRange(a.date, b.date);
  // …but ICU's zh interval data falls back to numeric "2024/9/8 – 2024/9/10" for long dates:
  // when the range drops the style of a single date, write the range from the single-date parts.
  const single = fmt.format(a.date);
  return range.includes('/') && !single.includes('/') ? spelledRange(fmt, a.date, b.date, join) : range;
}

const FIELDS = ['year', 'month', 'day'] as const;
const joinerOf = (locale: string) =>
  (LANGUAGES as readonly Language[]).find((l) => l.intl === locale)?.dateRangeJoin ?? ' – ';

/**
 * "2024年9月8日至10日": for a year-first pattern the end date drops the fields it shares with the
 * start, as CLDR's own zh ranges do; for any other order both ends are written in full.
 */
function spelledRange(fmt: Intl.DateTimeFormat, from: Date, to: Date, join: string): string {
  const start = fmt.formatToParts(from);
  const end = fmt.formatToParts(to);
  const order = start.map((p) => p.type).filter((t) => (FIELDS as readonly string[]).includes(t));
  const value = (ps: Intl.DateTimeFormatPart[], t: string) => ps.find((p) => p.type === t)?.value;
  const firstDiff = FIELDS.find((f) => value(start, f) !== value(end, f));
  const bigEndian = order.join() === FIELDS.slice(0, order.length).join();
  const from_ = bigEndian && firstDiff ? end.findIndex((p) => p.type === firstDiff) : 0;
  return `${start.map((p) => p.value).join('')}${join}${end
    .slice(from_)
    .map((p) => p.value)
    .join('')}`;
}

/** Machine-readable value for <time datetime>. */
export function isoOf(d: DateOrRange): string {
  return typeof d === 'string' ? d : d.from;
}

/** Sort key: the earliest day the date can mean. */
export function sortKey(d: DateOrRange): string {
  return (typeof d === 'string' ? d : d.from).padEnd(10, '-');
}
