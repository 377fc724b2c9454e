/**
 * The dates and amounts a sentence states, in English and Spanish, for news about China–Peru ties.
 * Plain patterns over the text (no NLP library). Each finder returns hits that do not overlap, in
 * text order: where candidates overlap, the longest wins (the first of equally long ones).
 */

/** A date a sentence states. */
export interface DateHit {
  /** UTF-16 offsets into the sentence; a leading "since"/"desde" is inside, "in"/"on"/"el" is not. */
  start: number;
  end: number;
  /** Partial ISO date, as precise as the text (and `publishedAt`) allow: `2024`, `2024-06`, `2024-06-14`. */
  value: string;
  /** The date opens a period ("since 1993", "desde junio de 2024", "a partir de 2025"). */
  since: boolean;
}

/** An amount a sentence states: a share, a sum of money or a tonnage. */
export interface AmountHit {
  /** UTF-16 offsets into the sentence; an article before the amount ("el 60%") is not inside. */
  start: number;
  end: number;
  /** The amount with its scale applied ("$1.3bn" → 1300000000), exact to the digits written. */
  value: number;
  /** `%`, `pp` (percentage points), `USD`, `PEN`, `CNY`, `EUR`, `HKD` or `tonnes`. */
  unit: string;
}

type Groups = Readonly<Record<string, string | undefined>>;

/** Month names. English ones are capitalised in text, abbreviations count only beside a day or year. */
const MONTHS: readonly { month: number; en: string; abbr: readonly string[]; es: readonly string[] }[] = [
  { month: 1, en: 'January', abbr: ['Jan'], es: ['enero'] },
  { month: 2, en: 'February', abbr: ['Feb'], es: ['febrero'] },
  { month: 3, en: 'March', abbr: ['Mar'], es: ['marzo'] },
  { month: 4, en: 'April', abbr: ['Apr'], es: ['abril'] },
  { month: 5, en: 'May', abbr: [], es: ['mayo'] },
  { month: 6, en: 'June', abbr: ['Jun'], es: ['junio'] },
  { month: 7, en: 'July', abbr: ['Jul'], es: ['julio'] },
  { month: 8, en: 'August', abbr: ['Aug'], es: ['agosto'] },
  { month: 9, en: 'September', abbr: ['Sept', 'Sep'], es: ['septiembre', 'setiembre'] },
  { month: 10, en: 'October', abbr: ['Oct'], es: ['octubre'] },
  { month: 11, en: 'November', abbr: ['Nov'], es: ['noviembre'] },
  { month: 12, en: 'December', abbr: ['Dec'], es: ['diciembre'] },
];

/** Weekdays, numbered as `Date.getUTCDay` numbers them. */
const WEEKDAYS: readonly { day: number; en: string; es: readonly string[] }[] = [
  { day: 0, en: 'Sunday', es: ['domingo'] },
  { day: 1, en: 'Monday', es: ['lunes'] },
  { day: 2, en: 'Tuesday', es: ['martes'] },
  { day: 3, en: 'Wednesday', es: ['miércoles', 'miercoles'] },
  { day: 4, en: 'Thursday', es: ['jueves'] },
  { day: 5, en: 'Friday', es: ['viernes'] },
  { day: 6, en: 'Saturday', es: ['sábado', 'sabado'] },
];

/** Scale words, as powers of ten. Spanish "billón" is a million million. */
// prettier-ignore
const SCALES: Readonly<Record<string, number>> = {
  thousand: 3, k: 3, mil: 3,
  million: 6, m: 6, mn: 6, millón: 6, millon: 6, millones: 6,
  billion: 9, bn: 9, b: 9, 'mil millones': 9, millardo: 9, millardos: 9,
  trillion: 12, billón: 12, billon: 12, billones: 12,
};
/** Scale letters written against the number only ("$500m", "$3b", "$20k"). */
const ATTACHED_SCALES = ['k', 'm', 'b'];
/** English scale words: before them a point followed by three digits is a decimal point ("$1.250 billion"). */
const ENGLISH_SCALES = new Set(['thousand', 'k', 'million', 'm', 'mn', 'billion', 'bn', 'b', 'trillion']);

/** Units of money and goods: what is written before the number, what after it. All-capital codes match as written. */
const UNITS: readonly { unit: string; before: readonly string[]; after: readonly string[] }[] = [
  { unit: 'USD', before: ['US$', 'USD', '$'], after: ['dollars', 'US dollars', 'dólares', 'dolares', 'USD'] },
  { unit: 'PEN', before: ['S/', 'S/.', 'PEN'], after: ['soles', 'nuevos soles', 'PEN'] },
  { unit: 'CNY', before: ['¥', 'RMB', 'CNY'], after: ['yuan', 'yuanes', 'renminbi', 'RMB', 'CNY'] },
  { unit: 'EUR', before: ['€', 'EUR'], after: ['euros', 'euro', 'EUR'] },
  { unit: 'HKD', before: ['HK$'], after: ['HKD'] },
  {
    unit: 'tonnes',
    before: [],
    after: ['tonnes', 'tonne', 'tons', 'ton', 'metric tons', 'metric tonnes', 'toneladas', 'toneladas métricas', 'tonelada', 'TM'],
  },
];

/** Relative dates: which part of `publishedAt` they move, and by how much. */
const RELATIVE: readonly { words: string; part: 'day' | 'week' | 'month' | 'year'; offset: number }[] = [
  { words: String.raw`today|hoy(?!\s+(?:en\s+)?d[ií]a)`, part: 'day', offset: 0 }, // "hoy (en) día" is "nowadays"
  { words: 'yesterday|ayer', part: 'day', offset: -1 },
  { words: String.raw`this\s+year|este\s+año`, part: 'year', offset: 0 },
  { words: String.raw`last\s+year|año\s+pasado|pasado\s+año`, part: 'year', offset: -1 },
  { words: String.raw`this\s+month|este\s+mes`, part: 'month', offset: 0 },
  { words: String.raw`last\s+month|mes\s+pasado|pasado\s+mes`, part: 'month', offset: -1 },
  // a week on or back is as sure as its month
  { words: String.raw`next\s+week|la\s+(?:próxima\s+semana|semana\s+(?:próxima|que\s+viene|entrante))`, part: 'week', offset: 1 },
  { words: String.raw`last\s+week|la\s+semana\s+pasada|la\s+pasada\s+semana`, part: 'week', offset: -1 },
];

/** Words after which a bare year is a date ("in 2019", "en el 2019", "the 2019 agreement", "a finales de 2024"). */
// prettier-ignore
const YEAR_LEADS = [
  'in', 'by', 'from', 'during', 'before', 'after', 'through', 'early', 'late', 'the', 'year',
  'end of', 'start of', 'beginning of', 'middle of', 'half of', 'quarter of',
  'en', 'durante', 'el', 'del', 'año', 'antes de', 'después de',
];
/** Words after which a month without a year is a date ("in March", "en marzo", "a fines de marzo"). */
const MONTH_LEADS = ['in', 'by', 'until', 'till', 'from', 'during', 'early', 'late', 'en', 'hasta', 'durante', 'de'];
/** Words before an English weekday that make it no past date, or part of a name ("next Monday", "Good Friday"). */
const NOT_PAST_WEEKDAY = /(?:^|[^\p{L}])(?:next|this|coming|every|each|following|good|black|cyber)\s+$/iu;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s+`);
/** An alternation of words, longest first so that a word never loses to its own prefix. */
const oneOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Word boundaries that know accented letters (`\b` does not). */
const L = String.raw`(?<![\p{L}\p{N}_])`;
const R = String.raw`(?![\p{L}\p{N}_])`;

const MONTH_FULL = oneOf(MONTHS.flatMap((m) => [m.en, ...m.es]));
const MONTH_ABBR = oneOf(MONTHS.flatMap((m) => m.abbr));
/** A month name, or an abbreviation with or without its full stop. */
const MONTH = String.raw`(?<month>(?:${MONTH_FULL})${R}|(?:${MONTH_ABBR})(?:\.|${R}))`;
const WEEKDAY_EN = oneOf(WEEKDAYS.map((w) => w.en));
const WEEKDAY_ES = oneOf(WEEKDAYS.flatMap((w) => w.es));
/** A weekday naming the date that follows ("Thursday, 14 November", "jueves 14 de noviembre"). */
const WEEKDAY_BEFORE = String.raw`(?:(?:${WEEKDAY_EN}|${WEEKDAY_ES}),?\s+)?`;
const DAY = String.raw`(?<!\d|\d[.,])(?<day>3[01]|[12]\d|0?[1-9])(?!\d|[.,]\d)(?:st|nd|rd|th|º|°)?`;
/** A year 1900–2099 that is not part of a longer number, a sum or a decade ("$2,019m", "2.019", "1990s"). */
const YEAR = String.raw`(?<![\p{L}\d$€¥]|\d[.,])(?<year>(?:19|20)\d{2})(?![\p{L}\d]|[.,]\d)`;
const SINCE = String.raw`${L}(?<since>since|desde|a\s+partir\s+del?)\s+(?:el\s+)?`;
/** "de" leads a year, except in a count ("más de 2000 personas"). */
const YEAR_LEAD = String.raw`(?<=${L}(?:${oneOf(YEAR_LEADS)}|(?<!(?:más|menos|cerca|alrededor|total|unos|unas)\s+)de)\s+|${L}mid-)`;
const MONTH_LEAD = String.raw`(?<=${L}(?:${oneOf(MONTH_LEADS)})\s+|${L}mid-)`;

const NUMBER = String.raw`(?<!\d|\d[.,])(?<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)`;
const SPACED_SCALES = Object.keys(SCALES).filter((s) => !ATTACHED_SCALES.includes(s));
const SCALE = String.raw`(?:(?<short>${oneOf(ATTACHED_SCALES)})${R}|\s?(?<scale>${oneOf(SPACED_SCALES)})${R})?`;
const ONE_SCALE = 'thousand|million|billion|trillion|millón|billón';
/** A scale word standing for its own number ("mil millones", "un millón", "a billion"). */
const LONE_SCALE = String.raw`${L}(?:(?:a|one|un)\s+(?<lone>${ONE_SCALE})|(?<mil>mil\s+millones|mil))${R}`;
const BEFORE_UNIT = String.raw`${L}(?<before>${oneOf(UNITS.flatMap((u) => u.before))})\s?`;
const AFTER_UNIT = String.raw`(?:\s+de)?\s+(?<after>${oneOf(UNITS.flatMap((u) => u.after))})${R}`;

/** The date an article was published: its year, and its month and day when given. */
interface Published {
  year: number;
  month?: number;
  day?: number;
}

/** `publishedAt` read as far as it is a valid ISO date (`2024`, `2024-06`, `2024-06-07`, or a timestamp). */
function readPublished(publishedAt: string | undefined): Published | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month === undefined || month < 1 || month > 12) return { year };
  const day = m[3] === undefined ? undefined : Number(m[3]);
  return day !== undefined && isoDay(year, month, day) ? { year, month, day } : { year, month };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoMonth = (year: number, month: number) => `${year}-${pad(month)}`;
/** `2024-06-14`, or undefined when there is no such day (31 June). */
function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? `${isoMonth(year, month)}-${pad(day)}` : undefined;
}
const dayOf = (d: Date) => isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/**
 * The month a month name stands for. English names must be capitalised ("may", "march" are words);
 * Spanish ones lower-case, unless a year follows ("Julio" is a name, "Av. 28 de Julio" a street).
 */
function monthNumber(word: string | undefined, withYear: boolean): number | undefined {
  const w = (word ?? '').replace(/\.$/, '');
  const lower = w.toLowerCase();
  for (const m of MONTHS) {
    if ([m.en, ...m.abbr].some((e) => e.toLowerCase() === lower)) return /^\p{Lu}/u.test(w) ? m.month : undefined;
    if (m.es.includes(lower)) return w === lower || withYear ? m.month : undefined;
  }
  return undefined;
}

/** The year of a month named without one: the latest not after the publishing month (strictly before for "last March"). */
function yearOfMonth(month: number, pub: Published | undefined, strict = false): number | undefined {
  if (pub?.month === undefined) return undefined;
  return month < pub.month || (!strict && month === pub.month) ? pub.year : pub.year - 1;
}

/**
 * The latest day up to `publishedAt` that falls on `weekday`: a story dated Thursday that says "on
 * Thursday" means that day ("last Thursday" means the week before).
 */
function lastWeekday(weekday: number | undefined, pub: Published | undefined, last = false): string | undefined {
  if (weekday === undefined || pub?.month === undefined || pub.day === undefined) return undefined;
  const published = new Date(Date.UTC(pub.year, pub.month - 1, pub.day));
  const back = (published.getUTCDay() - weekday + 7) % 7;
  published.setUTCDate(pub.day - (back === 0 && last ? 7 : back));
  return dayOf(published);
}

/** The weekday a name stands for; English names must be capitalised. */
function weekdayNumber(word: string | undefined, english: boolean): number | undefined {
  const w = word ?? '';
  const found = WEEKDAYS.find((d) => (english ? d.en.toLowerCase() === w.toLowerCase() : d.es.includes(w)));
  return found && (!english || /^\p{Lu}/u.test(w)) ? found.day : undefined;
}

/** `publishedAt` moved by a relative date, to the precision the relative date has. */
function shifted(pub: Published | undefined, part: 'day' | 'week' | 'month' | 'year', offset: number): string | undefined {
  if (!pub) return undefined;
  if (part === 'year') return String(pub.year + offset);
  if (pub.month === undefined) return undefined;
  if (part === 'week') return dayOf(new Date(Date.UTC(pub.year, pub.month - 1, (pub.day ?? 15) + 7 * offset)))?.slice(0, 7);
  if (part === 'month') return isoMonth(pub.month + offset < 1 ? pub.year - 1 : pub.year, ((pub.month + offset + 11) % 12) + 1);
  // "today" is the publishing date at whatever precision it has; "yesterday" needs the day
  if (pub.day === undefined) return offset === 0 ? isoMonth(pub.year, pub.month) : undefined;
  return dayOf(new Date(Date.UTC(pub.year, pub.month - 1, pub.day + offset)));
}

/** The first year of a range, when the second (written in full or as two digits) comes after it. */
function rangeStart(from: string | undefined, to: string | undefined): string | undefined {
  const start = Number(from);
  const end = to?.length === 2 ? Math.floor(start / 100) * 100 + Number(to) : Number(to);
  return end > start ? String(start) : undefined;
}

interface DatePattern {
  regex: RegExp;
  /** The partial ISO value of a match, or undefined when the match is no date it can place. */
  value(g: Groups, pub: Published | undefined): string | undefined;
  /** Whether the text before the match lets it stand (default: yes). */
  accept?(before: string): boolean;
}

const datePattern = (source: string, value: DatePattern['value'], accept?: DatePattern['accept']): DatePattern => ({
  regex: new RegExp(source, 'giu'),
  value,
  ...(accept ? { accept } : {}),
});

/** Day, month and year, from the text or (when the year is missing) from `publishedAt`. */
function dayValue(g: Groups, pub: Published | undefined): string | undefined {
  const month = monthNumber(g.month, g.year !== undefined);
  const year = g.year !== undefined ? Number(g.year) : month && yearOfMonth(month, pub);
  return month && year ? isoDay(year, month, Number(g.day)) : undefined;
}

function monthValue(g: Groups, pub: Published | undefined): string | undefined {
  const month = monthNumber(g.month, g.year !== undefined);
  const year = g.year !== undefined ? Number(g.year) : month && yearOfMonth(month, pub, g.last !== undefined || g.ago !== undefined);
  return month && year ? isoMonth(year, month) : undefined;
}

const DATE_PATTERNS: readonly DatePattern[] = [
  // 2024-06-14
  datePattern(String.raw`${YEAR}-(?<mm>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?!\d)`, (g) =>
    isoDay(Number(g.year), Number(g.mm), Number(g.day)),
  ),
  // 14 November 2024, 14th of November, 2024, jueves 14 de noviembre de 2024
  datePattern(String.raw`(?:${SINCE})?${WEEKDAY_BEFORE}${DAY}\s+(?:(?:de|of)\s+)?${MONTH},?\s+(?:del?\s+)?${YEAR}`, dayValue),
  // November 14, 2024; Thursday, November 14, 2024
  datePattern(String.raw`(?:${SINCE})?${WEEKDAY_BEFORE}${MONTH}\s+${DAY},?\s+${YEAR}`, dayValue),
  // June 2024, junio de 2024, June of 2024
  datePattern(String.raw`(?:${SINCE})?${MONTH},?\s+(?:(?:del?|of)\s+)?${YEAR}`, monthValue),
  // del 10 al 16 de noviembre, from 10 to 16 November, 10-16 November: the first day
  datePattern(
    String.raw`(?:${L}(?:from|between|del?|entre)\s+(?:el\s+)?)?${DAY}\s*(?:[-–]|\s(?:to|and|al|a|y)\s)\s*(?:el\s+)?\d{1,2}\s+` +
      String.raw`(?:(?:de|of)\s+)?${MONTH}(?:,?\s+(?:del?\s+)?${YEAR})?`,
    dayValue,
  ),
  // 14 November, el 14 de noviembre (year from publishedAt)
  datePattern(String.raw`(?:${SINCE})?${WEEKDAY_BEFORE}${DAY}\s+(?:(?:de|of)\s+)?${MONTH}`, dayValue),
  // November 14
  datePattern(String.raw`(?:${SINCE})?${WEEKDAY_BEFORE}${MONTH}\s+${DAY}`, dayValue),
  // in March, en marzo, last March, el pasado mes de marzo, en marzo pasado
  datePattern(
    String.raw`(?:${SINCE}|${MONTH_LEAD}|${L}(?<last>last|pasado(?:\s+mes\s+de)?)\s+)(?<month>${MONTH_FULL})${R}(?<ago>\s+pasado${R})?`,
    monthValue,
  ),
  // in 2019, since 1993, en el 2019, mid-2024
  datePattern(String.raw`(?:${SINCE}|${YEAR_LEAD})${YEAR}`, (g) => g.year),
  // 2024–2028, 2019-20, 2024/25: the first year
  datePattern(String.raw`${YEAR}\s*[-–—/]\s*(?<to>(?:19|20)\d{2}|\d{2})(?!\d|[.,-]\d)`, (g) => rangeStart(g.year, g.to)),
  // from 2024 to 2028, between 2019 and 2023, entre 2019 y 2023, del 2019 al 2023: the first year
  datePattern(
    String.raw`${L}(?:from|between|de|del|desde|entre)\s+(?:el\s+)?${YEAR}` +
      String.raw`\s+(?:to|until|through|and|a|al|hasta|y)\s+(?:el\s+)?(?<to>(?:19|20)\d{2})(?!\d|[.,]\d)`,
    (g) => rangeStart(g.year, g.to),
  ),
  // on Thursday, Thursday's talks, last Monday (AP style writes the weekday alone)
  datePattern(
    String.raw`(?:${SINCE}|${L}(?<last>last)\s+)?(?<wd>${WEEKDAY_EN})${R}`,
    (g, pub) => lastWeekday(weekdayNumber(g.wd, true), pub, g.last !== undefined),
    (before) => !NOT_PAST_WEEKDAY.test(before),
  ),
  // el jueves, este jueves, el pasado lunes, el lunes pasado (not "el jueves próximo")
  datePattern(
    String.raw`(?:${SINCE}|(?<=${L}(?:el|este)\s+))(?:(?<last>pasado)\s+)?(?<wd>${WEEKDAY_ES})${R}(?:\s+(?<last2>pasado)${R})?` +
      String.raw`(?!\s+(?:próximo|que\s+viene))`,
    (g, pub) => lastWeekday(weekdayNumber(g.wd, false), pub, g.last !== undefined || g.last2 !== undefined),
  ),
  // today, hoy, yesterday, last year, el año pasado, este mes …
  ...RELATIVE.map(({ words, part, offset }) =>
    datePattern(String.raw`(?:${SINCE})?${L}(?:${words})${R}`, (_g, pub) => shifted(pub, part, offset)),
  ),
];

/** The longest of overlapping hits (the first of equally long ones), in text order. */
function longestFirst<T extends { start: number; end: number }>(hits: T[]): T[] {
  const kept: T[] = [];
  for (const h of hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The dates a sentence states, in text order. Dates without a year, weekdays and relative dates
 * ("in March", "on Thursday", "ayer", "last year") are placed from `publishedAt` (ISO, possibly
 * partial) and skipped without it or when it lacks the precision needed: a month needs its month,
 * a weekday or "yesterday" its day. A month without a year is the latest not after the publishing
 * month; a weekday the latest such day up to the publishing day ("last Monday": before it). A range of years
 * ("2024–2028", "entre 2019 y 2023") gives its first year with `since: false`. Numbers inside an
 * amount, counts and durations are not dates.
 */
export function findDates(sentence: string, publishedAt?: string): DateHit[] {
  const pub = readPublished(publishedAt);
  const amounts = findAmounts(sentence);
  const hits: DateHit[] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const m of sentence.matchAll(pattern.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (amounts.some((a) => a.start < end && start < a.end)) continue;
      if (pattern.accept && !pattern.accept(sentence.slice(0, start))) continue;
      const value = pattern.value(m.groups ?? {}, pub);
      if (value) hits.push({ start, end, value, since: m.groups?.since !== undefined });
    }
  }
  return longestFirst(hits);
}

/**
 * A written number with its scale. One kind of separator written once before exactly three digits
 * groups thousands ("3.590", "3,590"), except a point before an English scale word ("$1.250 billion");
 * otherwise it is the decimal mark ("3,5", "1.3"). With both kinds, the last one is the decimal mark.
 * Exact to the digits written: the arithmetic is done on the decimal text.
 */
function toNumber(raw: string, power: number, englishScale: boolean): number {
  const separators = raw.replace(/\d/g, '');
  const last = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
  const decimal =
    last >= 0 &&
    (new Set(separators).size === 2 || (separators.length === 1 && (raw.length - last - 1 !== 3 || (raw[last] === '.' && englishScale))));
  const whole = decimal ? raw.slice(0, last) : raw;
  const fraction = decimal ? raw.slice(last + 1) : '';
  return Number(`${whole.replace(/\D/g, '')}${fraction}e${power - fraction.length}`);
}

/** The number and scale of a match ("1.3" + "bn", "mil millones" alone). */
function quantity(g: Groups): number | undefined {
  const scale = (g.short ?? g.scale ?? g.lone ?? g.mil ?? '').toLowerCase().replace(/\s+/g, ' ');
  const power = SCALES[scale] ?? 0;
  if (g.num === undefined) return scale ? Number(`1e${power}`) : undefined;
  return toNumber(g.num, power, ENGLISH_SCALES.has(scale));
}

/** The unit a written symbol, code or word stands for; all-capital codes only as written ("PEN", not "pen"). */
function unitOf(written: string | undefined, side: 'before' | 'after'): string | undefined {
  const w = (written ?? '').replace(/\s+/g, ' ');
  const same = (e: string) => (/^[A-Z]+$/.test(e) ? e === w : e.toLowerCase() === w.toLowerCase());
  return UNITS.find((u) => u[side].some(same))?.unit;
}

interface AmountPattern {
  regex: RegExp;
  read(g: Groups): { value: number; unit: string | undefined } | undefined;
}

const amountPattern = (source: string, read: AmountPattern['read']): AmountPattern => ({ regex: new RegExp(source, 'giu'), read });
const amount = (value: number | undefined, unit: string | undefined) => (value === undefined ? undefined : { value, unit });

const AMOUNT_PATTERNS: readonly AmountPattern[] = [
  // 60%, 83,15 %, 60 percent, 60 per cent, 60 por ciento
  amountPattern(String.raw`${NUMBER}\s?(?:%|(?:percent|per\s+cent|por\s+ciento|pct)${R})`, (g) => amount(quantity(g), '%')),
  // 2 percentage points, 2 puntos porcentuales
  amountPattern(String.raw`${NUMBER}\s+(?:percentage\s+points?|puntos?\s+porcentuales?)${R}`, (g) => amount(quantity(g), 'pp')),
  // $1.3bn, US$ 3.590 millones (de dólares), S/ 1.200 millones, ¥10 billion, €3m
  amountPattern(String.raw`${BEFORE_UNIT}${NUMBER}${SCALE}(?:${AFTER_UNIT})?`, (g) => amount(quantity(g), unitOf(g.before, 'before'))),
  // 1.000 millones de dólares, 3 billion yuan, 30,000 tonnes, mil millones de soles, un millón de dólares
  amountPattern(String.raw`(?:${NUMBER}${SCALE}|${LONE_SCALE})${AFTER_UNIT}`, (g) => amount(quantity(g), unitOf(g.after, 'after'))),
];

/**
 * The amounts a sentence states, in text order: percentages (`%`), percentage points (`pp`),
 * sums of money with their currency (`USD`, `PEN`, `CNY`, `EUR`, `HKD`; "$" alone is USD) and
 * tonnages (`tonnes`), with any scale applied ("US$ 3.590 millones" → 3590000000, Spanish "billón"
 * → 1e12). Counts of anything else ("1.5 million customers") are not amounts.
 */
export function findAmounts(sentence: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const pattern of AMOUNT_PATTERNS) {
    for (const m of sentence.matchAll(pattern.regex)) {
      const found = pattern.read(m.groups ?? {});
      if (found?.unit !== undefined) {
        hits.push({ start: m.index, end: m.index + m[0].length, value: found.value, unit: found.unit });
      }
    }
  }
  return longestFirst(hits);
}
