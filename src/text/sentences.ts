/**
 * Sentence splitting for missions (rule `mission-one-sentence`).
 *
 * The splitter is built on `Intl.Segmenter('en', { granularity: 'sentence' })`
 * (Unicode UAX #29 sentence boundaries, as implemented by ICU) and then
 * corrects the places where that algorithm disagrees with a careful reader.
 * The Segmenter proposes candidate boundaries; each is then kept or dropped by
 * the rules below, in this order:
 *
 * 1. **Paragraphs and lists always split.** A blank line, or a line break
 *    followed by a bullet or numbered line (`- a`, `* a`, `• a`, `1. a`,
 *    `2) a`, `(a) a`), ends a sentence, whatever precedes it.
 * 2. **Line breaks are read as spaces**, since a YAML literal block (`|`)
 *    keeps the writer's line wrapping: the Segmenter runs on the text with line
 *    breaks replaced by spaces (same offsets), so a bare line break inside a
 *    sentence does not end it. A line that ends with terminal punctuation
 *    (`.`, `?`, `!`) followed by a line break does propose a boundary, even
 *    when the next line starts in lower case; rules 3 to 7 then judge it.
 * 3. **Brackets and quotations hold together.** A boundary inside a matched
 *    pair of `( )`, `[ ]`, `“ ”` or straight double quotes is dropped: a
 *    parenthetical or quoted sentence inside a sentence does not end it, so
 *    `We help clients (Sales keeps enterprise accounts.) grow.` is one
 *    sentence. A parenthetical that starts after a sentence ended is a sentence
 *    of its own: `Grow revenue. (Sales keeps enterprise.)` is two. Unmatched
 *    brackets (such as `1)` list markers or a stray `(`) are ignored.
 * 4. **A sentence needs a space after its full stop.** A boundary not preceded
 *    by white space is dropped (`https://acme.io/faq?id=1` stays whole), except
 *    after an ideographic full stop (`。`).
 * 5. **A bare list marker is not a sentence**: `1. Onboard fast` is one.
 * 6. **`?` and `!` end a sentence** (`Why wait? We act.` is two), except when
 *    they close a quotation or parenthetical and the text goes on in lower
 *    case: `He asked "why?" and left.` is one.
 * 7. **Full stops** end a sentence, except after abbreviations and ellipses:
 *    - after an abbreviation in {@link NEVER_FINAL_ABBREVIATIONS} (`e.g.`,
 *      `Dr.`, `vs.`...), never;
 *    - after one that may also close a sentence ({@link MAYBE_FINAL_ABBREVIATIONS},
 *      any dotted acronym such as `U.S.` or `a.m.`, a single capital initial
 *      such as the `J.` of `J. Smith`) and after an ellipsis (`...`, `…`), only
 *      when the next word is an unmistakable sentence opener
 *      ({@link SENTENCE_OPENERS}: `We`, `Our`, `The`, `This`...). So
 *      `We serve the U.S. and Canada.` and `We serve U.S. Customers.` are one
 *      sentence each, and `We serve the U.S. We also serve Canada.` is two.
 *
 * Decimals, versions, amounts, domain names and e-mail addresses (`99.9%`,
 * `v2.1`, `$1.5M`, `acme.com`, `support@acme.io`) need no rule: the Segmenter
 * never breaks where a full stop is followed by a letter or digit.
 *
 * Every character is handed to the Segmenter about once (in slices, see
 * {@link icuBoundaries}: V8's segment iterator slows down on long strings) and
 * every rule looks at a bounded window around its boundary, so the running time
 * is linear in the length of the text.
 *
 * @module
 */

/** One sentence found in a text: its trimmed text and its [start, end) offsets in the input. */
export interface Sentence {
  /** The sentence, trimmed; always equal to `input.slice(start, end)`. */
  text: string;
  /** Offset (UTF-16 code units) of the first character of the sentence. */
  start: number;
  /** Offset (UTF-16 code units) just after the last character of the sentence. */
  end: number;
}

/**
 * Abbreviations that never end a sentence: a full stop after one of them is
 * never a sentence boundary. Compared case-insensitively, with their dots.
 * Sorted; a title (`Dr.`) or a Latin connective (`e.g.`) always has more to say.
 */
export const NEVER_FINAL_ABBREVIATIONS: readonly string[] = [
  'approx.',
  'cf.',
  'dr.',
  'e.g.',
  'esp.',
  'i.e.',
  'incl.',
  'messrs.',
  'mr.',
  'mrs.',
  'ms.',
  'mx.',
  'prof.',
  'viz.',
  'vs.',
];

/**
 * Abbreviations that may also be the last word of a sentence (`...and more,
 * etc.`). A full stop after one of them ends the sentence only when the next
 * word is one of {@link SENTENCE_OPENERS}. Compared case-insensitively, with
 * their dots. Sorted. Besides this list, any dotted acronym (`U.S.A.`, `p.m.`,
 * two or more single letters each followed by a dot) and any single capital
 * initial (`J.`) are treated the same way.
 */
export const MAYBE_FINAL_ABBREVIATIONS: readonly string[] = [
  'a.m.',
  'ave.',
  'co.',
  'corp.',
  'dept.',
  'e.u.',
  'etc.',
  'inc.',
  'jr.',
  'ltd.',
  'no.',
  'p.m.',
  'ph.d.',
  'sr.',
  'st.',
  'u.k.',
  'u.s.',
  'u.s.a.',
];

/**
 * Capitalized words that, after an abbreviation or ellipsis that may end a
 * sentence, show that a new sentence has begun: pronouns, determiners,
 * conjunctions, question words and common prepositions, none of which could be
 * the name or the rest of a title that follows an abbreviation (`Acme Inc.
 * Customers`, `J. Smith`). Sorted.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'A',
  'After',
  'All',
  'Also',
  'An',
  'And',
  'As',
  'At',
  'Before',
  'But',
  'By',
  'Each',
  'Every',
  'For',
  'From',
  'He',
  'Her',
  'Here',
  'His',
  'How',
  'I',
  'If',
  'In',
  'It',
  'Its',
  'Many',
  'Most',
  'My',
  'On',
  'Our',
  'She',
  'Since',
  'So',
  'Some',
  'That',
  'The',
  'Their',
  'Then',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'To',
  'We',
  'What',
  'When',
  'Where',
  'Which',
  'Who',
  'Why',
  'With',
  'You',
  'Your',
];

const NEVER_FINAL = new Set(NEVER_FINAL_ABBREVIATIONS);
const MAYBE_FINAL = new Set(MAYBE_FINAL_ABBREVIATIONS);
const OPENERS = new Set(SENTENCE_OPENERS);

/**
 * One shared segmenter, made the first time a text needs it: constructing one is far
 * costlier than using it (about 15 ms, a tenth of a small org's lint), and most
 * missions never need it (see {@link icuBoundaries}).
 */
let segmenter: Intl.Segmenter | undefined;

/**
 * ASCII text whose only full stops, question and exclamation marks close it (followed by
 * nothing but closing brackets and quotes, then spaces): the Segmenter finds no boundary in
 * such a text (in ASCII, UAX #29 ends a sentence only after `.`, `?`, `!` or a paragraph
 * separator, and line breaks are folded to spaces), so it need not be asked.
 */
const ONE_ASCII_SENTENCE = /^[^.?!\u0080-\uffff]*[.?!]*[)\]}"']*\s*$/;

/** Longest tail or head looked at around a boundary (abbreviations are short). */
const WINDOW = 40;

const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
const WHITESPACE = /\s/;
/** Characters that may follow terminal punctuation and still belong to the sentence. */
const CLOSERS = new Set([')', ']', '}', '"', "'", '\u2019', '\u201d', '\u00bb', '\u203a']);
/** Characters that may open a sentence before its first word. */
const OPENING = new Set(['(', '[', '{', '"', "'", '\u2018', '\u201c', '\u00ab', '\u2039']);
const IDEOGRAPHIC_TERMINALS = new Set(['\u3002', '\uff01', '\uff1f', '\uff0e']);
/** A line that starts a list item: a bullet, or a number or letter with `.` or `)`. */
const LIST_MARKER = /^(?:[-*+\u2022\u2023\u25e6\u25aa\u2043]|\d{1,3}[.)]|\(?[A-Za-z]\)|\(\d{1,3}\))(?:\s|$)/;
/** A sentence so far that is nothing but a list marker (`1.`, `a)`, `-`). */
const BARE_MARKER = /^(?:[-*+\u2022\u2023\u25e6\u25aa\u2043]|\d{1,3}[.)]|\(?[A-Za-z]\)|\(\d{1,3}\))$/;
const DOTTED_ACRONYM = /^(?:[A-Za-z]\.){2,}$/;
const INITIAL = /^[A-Z]\.$/;
const ELLIPSIS = /(?:\.\.\.|\u2026)$/;
const LOWER_START = /^\p{Ll}/u;

/** Pairs of brackets and quotes that hold a boundary together. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['\u201c', '\u201d'],
]);
const CLOSING_OF = new Map([...PAIRS].map(([open, close]) => [close, open]));

/** Flags per code unit: 1 opens and 2 closes a matched bracket pair. */
const OPENS = 1;
const CLOSES = 2;

/** A candidate boundary: where the next sentence would start, and why. */
interface Candidate {
  /** Offset of the first non-space character of the would-be next sentence. */
  pos: number;
  /** A blank line or a list item: always a boundary. */
  forced: boolean;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Marks matched pairs of brackets and quotes, in one pass with a stack.
 * A straight double quote opens when not preceded by a letter or digit (so
 * `27" monitor` opens nothing) and closes an open straight quote when not
 * followed by one. A closer that does not match the innermost opener is ignored.
 */
function matchBrackets(text: string): Uint8Array {
  const flags = new Uint8Array(text.length);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      const top = stack[stack.length - 1];
      if (top !== undefined && text[top] === '"' && !isWordChar(text[i + 1])) {
        stack.pop();
        flags[top] = OPENS;
        flags[i] = CLOSES;
      } else if (!isWordChar(text[i - 1])) {
        stack.push(i);
      }
    } else if (PAIRS.has(ch)) {
      stack.push(i);
    } else {
      const open = CLOSING_OF.get(ch);
      const top = stack[stack.length - 1];
      if (open !== undefined && top !== undefined && text[top] === open) {
        stack.pop();
        flags[top] = OPENS;
        flags[i] = CLOSES;
      }
    }
  }
  return flags;
}

/** Length of the slices of text handed to the Segmenter. */
const CHUNK = 2048;
/** Boundaries this close to the end of a slice are left to the next slice. */
const MARGIN = 256;
/** Boundaries taken from a slice that had to grow past {@link CHUNK}. */
const GROWN_LIMIT = 16;

/**
 * The Segmenter's boundaries in `folded` (offsets of segment starts after the
 * first), in increasing order.
 *
 * V8's segment iterator costs time proportional to the length of the whole
 * string at every step (Node 20: 100,000 characters of short sentences take a
 * second, 140,000 take thirty), so the text is handed over in slices of
 * {@link CHUNK} characters. Each slice starts at a boundary already found, and
 * only boundaries at least {@link MARGIN} characters before its end are kept
 * (the Segmenter looks ahead, past the spaces after a full stop, to the next
 * letter); the next slice starts at the last one kept. A slice with no boundary
 * to keep is doubled, so a very long sentence still costs linear time, and from
 * a grown slice only {@link GROWN_LIMIT} boundaries are taken before slices
 * shrink back to {@link CHUNK}.
 */
function* icuBoundaries(folded: string): Generator<number, void, undefined> {
  if (ONE_ASCII_SENTENCE.test(folded)) return;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const n = folded.length;
  let base = 0;
  let size = CHUNK;
  while (base < n) {
    const end = Math.min(n, base + size);
    const last = end === n;
    const limit = last ? n : end - MARGIN;
    let resume = base;
    let taken = 0;
    let stopped = false;
    for (const { index } of segmenter.segment(folded.slice(base, end))) {
      const pos = base + index;
      if (pos === base) continue;
      if (pos > limit) break;
      yield pos;
      resume = pos;
      taken++;
      if (size > CHUNK && taken >= GROWN_LIMIT) {
        stopped = true;
        break;
      }
    }
    if (last && !stopped) return;
    if (resume === base) {
      size *= 2;
    } else {
      base = resume;
      size = CHUNK;
    }
  }
}

/**
 * Boundaries proposed at line breaks: blank lines and list items (forced), and
 * lines ending in terminal punctuation (judged like any other boundary).
 * Returned in increasing order of `pos`.
 */
function lineCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  LINE_BREAK.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = LINE_BREAK.exec(text)) !== null) {
    // The whole run of white space around this line break.
    let before = match.index;
    while (before > 0 && WHITESPACE.test(text[before - 1] as string)) before--;
    let pos = match.index;
    let lineBreaks = 0;
    while (pos < text.length && WHITESPACE.test(text[pos] as string)) {
      const ch = text[pos] as string;
      // `\r\n` is one line break; a lone `\r` is one too.
      if (ch === '\r' ? text[pos + 1] !== '\n' : /[\n\u000b\u000c\u0085\u2028\u2029]/.test(ch)) lineBreaks++;
      pos++;
    }
    LINE_BREAK.lastIndex = pos; // the run is handled once
    if (before === 0 || pos >= text.length) continue;
    const forced = lineBreaks >= 2 || LIST_MARKER.test(text.slice(pos, pos + 8));
    const tail = stripClosers(text.slice(Math.max(0, before - WINDOW), before)).tail;
    const terminal = /[.?!\u2026\u203d\u3002\uff01\uff1f]$/.test(tail);
    if (forced || terminal) out.push({ pos, forced });
  }
  return out;
}

/** Removes closing quotes and brackets from the end of `s`. */
function stripClosers(s: string): { tail: string; hadCloser: boolean } {
  let end = s.length;
  while (end > 0 && CLOSERS.has(s[end - 1] as string)) end--;
  return { tail: s.slice(0, end), hadCloser: end < s.length };
}

/** The last word of `tail` (white-space delimited), without leading openers. */
function lastToken(tail: string): string {
  let start = tail.length;
  while (start > 0 && !WHITESPACE.test(tail[start - 1] as string)) start--;
  let token = tail.slice(start);
  while (token.length > 0 && OPENING.has(token[0] as string)) token = token.slice(1);
  return token;
}

/** The first word at `pos` (letters only), after any opening quotes or brackets, and the character after it. */
function nextWord(text: string, pos: number): { word: string; after: string | undefined } {
  const head = text.slice(pos, pos + WINDOW);
  let i = 0;
  while (i < head.length && OPENING.has(head[i] as string)) i++;
  const word = /^\p{L}+/u.exec(head.slice(i))?.[0] ?? '';
  return { word, after: text[pos + i + word.length] };
}

/** Whether the word at `pos` shows that a new sentence has begun. */
function opensSentence(text: string, pos: number): boolean {
  const { word, after } = nextWord(text, pos);
  // `J. A. Smith`: a single letter followed by a dot is another initial.
  if (after === '.' && word.length === 1) return false;
  return OPENERS.has(word);
}

/** Whether a full stop ending `token` (an abbreviation or not) ends the sentence before `pos`. */
function fullStopEnds(token: string, text: string, pos: number): boolean {
  if (ELLIPSIS.test(token)) return opensSentence(text, pos);
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (MAYBE_FINAL.has(lower) || DOTTED_ACRONYM.test(token) || INITIAL.test(token)) {
    return opensSentence(text, pos);
  }
  return true;
}

/**
 * Decides whether an unforced candidate boundary is a sentence boundary.
 * `end` is the offset just after the last non-space character before it and
 * `start` the start of the sentence it would close.
 */
function isBoundary(text: string, start: number, end: number, pos: number): boolean {
  const window = text.slice(Math.max(start, end - WINDOW), end);
  const last = window[window.length - 1];
  if (last === undefined) return false;
  // Rule 4: a sentence ends with white space after it (but `。` needs none).
  if (end === pos && !IDEOGRAPHIC_TERMINALS.has(last)) return false;
  // Rule 5: `1.` alone is a list marker, not a sentence.
  if (end - start <= 4 && BARE_MARKER.test(window)) return false;
  const { tail, hadCloser } = stripClosers(window);
  const mark = tail[tail.length - 1];
  if (mark === '?' || mark === '!' || mark === '\u203d') {
    // Rule 6: `He asked "why?" and left.`
    return !(hadCloser && LOWER_START.test(nextWord(text, pos).word));
  }
  if (mark === '.' || mark === '\u2026') return fullStopEnds(lastToken(tail), text, pos);
  // Any other boundary the Segmenter found (`。`, a closing quote...): trust it.
  return true;
}

/**
 * Splits prose into sentences the way a careful reader would.
 *
 * Runs `Intl.Segmenter` over the text (with line breaks read as spaces) and
 * corrects its boundaries for abbreviations, ellipses, brackets, quotes,
 * URLs, line breaks and lists; see the module documentation for the rules.
 * Runs in time linear in the length of `text`.
 *
 * @param text Any text, such as a charter's mission.
 * @returns The sentences in order, each trimmed, with its offsets in `text`;
 *   `[]` when the text is empty or only white space.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  while (start < text.length && WHITESPACE.test(text[start] as string)) start++;
  if (start >= text.length) return sentences;

  const brackets = matchBrackets(text);
  const lines = lineCandidates(text);
  const icu = icuBoundaries(text.replace(LINE_BREAK, ' '));

  let depth = 0; // open matched brackets before `scanned`
  let scanned = 0;
  let lineIndex = 0;
  let icuNext = icu.next();

  const close = (end: number): void => {
    sentences.push({ text: text.slice(start, end), start, end });
  };

  for (;;) {
    // Next Segmenter candidate after the current sentence start.
    while (!icuNext.done && icuNext.value <= start) icuNext = icu.next();
    let icuPos = icuNext.done ? Infinity : icuNext.value;
    // Segmenter boundaries sit after trailing white space; be sure of it.
    while (icuPos < text.length && WHITESPACE.test(text[icuPos] as string)) icuPos++;
    while (lineIndex < lines.length && (lines[lineIndex] as Candidate).pos <= start) lineIndex++;
    const line = lines[lineIndex];
    const linePos = line === undefined ? Infinity : line.pos;
    const pos = Math.min(icuPos, linePos);
    if (pos >= text.length) break;

    const forced = line !== undefined && linePos === pos && line.forced;
    if (icuPos === pos && !icuNext.done) icuNext = icu.next();
    if (linePos === pos) lineIndex++;

    for (; scanned < pos; scanned++) {
      const flag = brackets[scanned];
      if (flag === OPENS) depth++;
      else if (flag === CLOSES) depth--;
    }
    let end = pos;
    while (end > start && WHITESPACE.test(text[end - 1] as string)) end--;

    if (forced || (depth === 0 && isBoundary(text, start, end, pos))) {
      close(end);
      start = pos;
    }
  }

  let end = text.length;
  while (end > start && WHITESPACE.test(text[end - 1] as string)) end--;
  close(end);
  return sentences;
}
