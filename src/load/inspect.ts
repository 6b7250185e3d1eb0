/**
 * What the YAML parser leaves to us: checks on a parsed document that must do
 * bounded work on any input (no recursion, nothing quadratic), and the parser's
 * errors in plain words, at the place the user has to fix.
 * @module
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Parser, type CST, type Document, type LineCounter, type Node, type YAMLError } from 'yaml';
import { quote as quoted } from '../text/quote.js';
import type { SourceProblem } from './source.js';

/** Levels of lists and mappings a file may nest: a charter needs about ten. Bounds the work of every later stage. */
export const MAX_NESTING = 100;

/** Aliases allowed: in the document, and uses when turning it into data. Bounds "billion laughs" expansions. */
export const MAX_ALIAS_COUNT = 1000;

/** Syntax problems reported per file: after a few, the parser's errors are mostly echoes of the first. */
export const MAX_SYNTAX_PROBLEMS = 20;

/** Parser errors put in words per line: the clearest of these is reported. */
const MAX_DESCRIBED_PER_LINE = 8;

/** A problem with how clear its message is: of several on one line, the clearest (lowest) is kept. */
export interface RankedProblem extends SourceProblem {
  range: [number, number];
  rank: number;
  /** Duplicate keys are worth reporting even in a file with syntax errors; the rest would mostly echo them. */
  duplicate?: true;
}

/** What {@link inspectDocument} found. */
export interface Inspection {
  /** Duplicate keys, keys that are not plain text, undefined or endless aliases, too deep nesting. */
  problems: RankedProblem[];
  /** True when the document must not be turned into data (the problems above would make it wrong, endless or huge). */
  blocking: boolean;
  /** Where the first alias is: alias problems found later point there. */
  firstAlias?: [number, number];
}

/** An anchor on a collection that is still open while its children are walked: an alias to it is a cycle. */
interface OpenAnchor {
  name: string;
  next: OpenAnchor | undefined;
}

/**
 * Walks the document once, iteratively (nesting is the user's to choose, the call
 * stack is not): finds duplicate keys (in linear time, which the parser's own
 * check is not), keys that are lists or mappings, aliases to anchors not defined
 * before them or to a value that contains them, more than {@link MAX_ALIAS_COUNT}
 * aliases, and nesting deeper than {@link MAX_NESTING}.
 */
export function inspectDocument(doc: Document.Parsed, lineCounter: LineCounter): Inspection {
  const out: Inspection = { problems: [], blocking: false };
  const anchors = new Set<string>();
  let aliases = 0;
  const block = (range: readonly number[] | null | undefined, message: string): void => {
    out.blocking = true;
    const [start, end] = range == null ? [0, 1] : [range[0]!, Math.max(range[1]!, range[0]! + 1)];
    out.problems.push({ message, range: [start, end], rank: 1 });
  };
  // Children are pushed in reverse so that nodes are seen in document order (anchors before their aliases).
  const stack: { node: unknown; depth: number; open: OpenAnchor | undefined }[] = [{ node: doc.contents, depth: 0, open: undefined }];
  while (stack.length > 0) {
    const { node, depth, open } = stack.pop()!;
    if (node == null || typeof node !== 'object') continue;
    if (isAlias(node)) {
      aliases++;
      if (out.firstAlias === undefined && node.range) out.firstAlias = [node.range[0], node.range[1]];
      if (!anchors.has(node.source)) {
        block(
          node.range,
          `"*${node.source}" refers to an anchor "&${node.source}" that is not defined before it; a value that starts with "*" must be put in quotes ("*${node.source}")`,
        );
      } else if (isOpen(open, node.source)) {
        block(node.range, `"*${node.source}" refers to a value that contains it ("&${node.source}"), which would make the value endless; write the value out instead`);
      } else if (aliases === MAX_ALIAS_COUNT + 1) {
        block(node.range, `this file has more than ${MAX_ALIAS_COUNT} aliases ("*name"); write the values out instead`);
      }
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.add(anchor);
    if (!isMap(node) && !isSeq(node)) continue;
    const level = depth + 1;
    if (level > MAX_NESTING) {
      block(
        node.range ? [node.range[0], node.range[0] + 1] : undefined,
        `this file nests lists and mappings more than ${MAX_NESTING} levels deep, far more than a charter needs; check the indentation and the brackets around here`,
      );
      break;
    }
    const inner: OpenAnchor | undefined = anchor !== undefined ? { name: anchor, next: open } : open;
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = key.value == null ? '' : String(key.value);
          const first = seen.get(name);
          if (first === undefined) {
            if (key.range) seen.set(name, key.range[0]);
          } else if (key.range) {
            out.problems.push({
              message: `"${name}" appears twice in the same mapping; keep one (the first is at line ${lineCounter.linePos(first).line})`,
              range: [key.range[0], Math.max(key.range[1], key.range[0] + 1)],
              rank: 0,
              duplicate: true,
            });
            out.blocking = true;
          }
        } else if (key != null && typeof key === 'object') {
          const range = (key as Node).range;
          block(range, 'a key must be plain text, such as "name"; this one is a list, a mapping or an alias: put it in quotes, or fix the line');
        }
        children.push(key, pair.value);
      }
    } else {
      for (const item of node.items) {
        if (isPair(item)) children.push(item.key, item.value);
        else children.push(item);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: level, open: inner });
  }
  return out;
}

function isOpen(open: OpenAnchor | undefined, name: string): boolean {
  for (let a = open; a !== undefined; a = a.next) if (a.name === name) return true;
  return false;
}

/**
 * Checks data made from a document before any later stage walks it: aliases can
 * make it deeper than the document, endless (a cycle) or much bigger. Iterative.
 * @returns what is wrong, or undefined when the data is safe to use.
 */
export function inspectData(data: unknown, textLength: number): 'cycle' | 'deep' | 'aliases' | undefined {
  const budget = Math.max(100_000, textLength);
  let visited = 0;
  const onPath = new Set<object>();
  const stack: { value: unknown; depth: number; leave: boolean }[] = [{ value: data, depth: 0, leave: false }];
  while (stack.length > 0) {
    const { value, depth, leave } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (leave) {
      onPath.delete(value);
      continue;
    }
    if (onPath.has(value)) return 'cycle';
    if (depth + 1 > MAX_NESTING) return 'deep';
    if (++visited > budget) return 'aliases';
    onPath.add(value);
    stack.push({ value, depth, leave: true });
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, leave: false });
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// The parser's errors in plain words.

interface Context {
  text: string;
  lineCounter: LineCounter;
}

/**
 * Turns the parser's errors and warnings, and the problems {@link inspectDocument}
 * found, into problems a charter's author can act on: plain words, at the place to
 * fix (the opening quote or bracket that is never closed, the line indented too
 * far), one per line (the parser often reports one mistake several times, and
 * several mistakes on one line are best fixed one at a time), at most
 * {@link MAX_SYNTAX_PROBLEMS} per file. When the parser found errors, only the
 * duplicate keys of the inspection are kept: its other findings would mostly echo them.
 */
export function describeYamlErrors(errors: readonly YAMLError[], inspection: Inspection, context: Context): SourceProblem[] {
  const { lineCounter } = context;
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const parserErrors = errors.some((e) => e.name === 'YAMLParseError');
  const unclosed = lazy(() => findUnclosed(context.text));

  // The clearest message for each place (line) the parser reported, then for each line it points at.
  // Only the first lines with errors, and the first errors on each, are put in words: the rest
  // are counted, so that a file of many errors (5 MB of them on one line, say) stays quick.
  const byPlace = new Map<number, RankedProblem>();
  const describedAt = new Map<number, number>();
  const linesWithErrors = new Set<number>();
  let firstUndescribed: number | undefined;
  let exhausted = false;
  for (const error of errors) {
    if (error.code === 'RESOURCE_EXHAUSTION') {
      if (exhausted) continue;
      exhausted = true;
    }
    const place = lineOf(Math.min(error.pos[0], context.text.length));
    linesWithErrors.add(place);
    const done = describedAt.get(place) ?? 0;
    if (done === 0 && describedAt.size > MAX_SYNTAX_PROBLEMS) {
      if (firstUndescribed === undefined || error.pos[0] < firstUndescribed) firstUndescribed = Math.min(error.pos[0], context.text.length);
      continue;
    }
    if (done >= MAX_DESCRIBED_PER_LINE) continue;
    describedAt.set(place, done + 1);
    const described = describe(error, context, unclosed);
    const kept = byPlace.get(place);
    if (kept === undefined || described.rank < kept.rank) byPlace.set(place, described);
  }
  const candidates = [...byPlace.values(), ...inspection.problems.filter((p) => !parserErrors || p.duplicate)];
  const byLine = new Map<number, RankedProblem>();
  for (const problem of candidates) {
    const line = lineOf(problem.range[0]);
    const kept = byLine.get(line);
    if (kept === undefined || problem.rank < kept.rank) byLine.set(line, problem);
  }
  const kept = [...byLine.values()].sort((a, b) => a.range[0] - b.range[0]);
  const problems: SourceProblem[] = kept.slice(0, MAX_SYNTAX_PROBLEMS).map(({ message, range }) => ({ message, range }));
  // Lines left undescribed count as one problem each.
  const rest = Math.max(0, kept.length - MAX_SYNTAX_PROBLEMS) + (linesWithErrors.size - describedAt.size);
  const next = kept[MAX_SYNTAX_PROBLEMS]?.range[0] ?? firstUndescribed;
  if (rest > 0 && next !== undefined) {
    problems.push({
      message: `YAML syntax errors on ${rest} more ${rest === 1 ? 'line' : 'lines'}, from this one on; fix the ones above first, as later ones are often caused by them`,
      range: [next, next + 1],
    });
  }
  return problems;
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** Brackets and quotes that open a value and are never closed, by the offset of the opening character. */
interface Unclosed {
  offset: number;
  /** The opening character: `[`, `{`, `"` or `'`. */
  char: string;
}

/**
 * Finds the flow collections and quoted scalars that are never closed, from the
 * parser's syntax tree (CST), iteratively. Only run for files whose errors say a
 * closing character is missing.
 */
function findUnclosed(text: string): Unclosed[] {
  const found: Unclosed[] = [];
  const stack: (CST.Token | null | undefined)[] = [];
  try {
    for (const token of new Parser().parse(text)) stack.push(token);
  } catch {
    return found;
  }
  while (stack.length > 0) {
    const token = stack.pop();
    if (token == null) continue;
    switch (token.type) {
      case 'document':
        stack.push(token.value);
        break;
      case 'block-map':
      case 'block-seq':
        for (const item of token.items) stack.push(item.key, item.value);
        break;
      case 'flow-collection': {
        const open = token.start.source;
        const close = open === '[' ? ']' : '}';
        if (!token.end.some((t) => t.source === close)) found.push({ offset: token.offset, char: open });
        for (const item of token.items) stack.push(item.key, item.value);
        break;
      }
      case 'double-quoted-scalar': {
        const trailingBackslashes = /\\*(?="$)/.exec(token.source)?.[0].length ?? 0;
        if (token.source.length < 2 || !token.source.endsWith('"') || trailingBackslashes % 2 === 1) found.push({ offset: token.offset, char: '"' });
        break;
      }
      case 'single-quoted-scalar': {
        const trailingQuotes = /'*$/.exec(token.source.slice(1))?.[0].length ?? 0;
        if (trailingQuotes % 2 === 0) found.push({ offset: token.offset, char: "'" });
        break;
      }
      default:
        break;
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The last unclosed `char` that opens before `offset`. */
function openingBefore(unclosed: readonly Unclosed[], chars: string, offset: number): number | undefined {
  let best: number | undefined;
  for (const u of unclosed) if (chars.includes(u.char) && u.offset <= offset) best = u.offset;
  return best;
}

/** One line of the text: its number, where it starts and ends, and its indentation. */
interface Line {
  number: number;
  start: number;
  end: number;
  text: string;
  indent: number;
}

function lineAt(text: string, offset: number, lineCounter: LineCounter): Line {
  const number = Math.max(1, lineCounter.linePos(Math.min(offset, text.length)).line);
  const start = Math.min(lineCounter.lineStarts[number - 1] ?? 0, text.length);
  const next = lineCounter.lineStarts[number];
  const end = next === undefined ? text.length : Math.max(start, next - 1);
  const content = text.slice(start, end).replace(/\r$/, '');
  return { number, start, end, text: content, indent: content.length - content.trimStart().length };
}

/** The next line after `line` that holds more than spaces or a comment. */
function nextContentLine(text: string, line: Line, lineCounter: LineCounter): Line | undefined {
  let start = line.end + 1;
  while (start < text.length) {
    const next = lineAt(text, start, lineCounter);
    const content = next.text.trim();
    if (content !== '' && !content.startsWith('#')) return next;
    start = next.end + 1;
  }
  return undefined;
}

/** The key of a `key: value` line, or undefined. */
function keyOf(line: Line): string | undefined {
  const m = /^\s*(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)/.exec(line.text);
  return m?.[1];
}


const GENERIC = 'check the indentation and the quotes on this line and the one above';

function describe(error: YAMLError, context: Context, unclosed: () => Unclosed[]): RankedProblem {
  const { text, lineCounter } = context;
  const at = Math.min(error.pos[0], text.length);
  const range: [number, number] = [at, Math.max(Math.min(error.pos[1], text.length), at + 1)];
  const message = error.message.replace(/ at line \d+, column \d+.*$/s, '');
  const line = lineAt(text, at, lineCounter);
  const here = (msg: string, rank: number, r: [number, number] = range): RankedProblem => ({ message: msg, range: r, rank });
  const char = text[at] ?? '';
  const restOfLine = text.slice(at, line.end).replace(/\r$/, '').replace(/\s+#.*$/, '').trim();

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return here('tabs are not allowed for indentation in YAML; indent with spaces', 0);
    case 'RESOURCE_EXHAUSTION':
      return here(
        `this file nests lists and mappings too deeply to read (a charter needs about ten levels, this is hundreds); check the indentation and the brackets around here`,
        0,
        [line.start + line.indent, line.start + line.indent + 1],
      );
    case 'BAD_DQ_ESCAPE': {
      const seq = /sequence (\\.?)/.exec(message)?.[1] ?? '\\';
      return here(
        `"${seq}" is not an escape that YAML knows: in a value in double quotes, a backslash starts an escape such as \\n; write \\\\ for a backslash, or use single quotes`,
        1,
      );
    }
    case 'BAD_SCALAR_START':
      return here(`a value cannot start with "${char}" unless it is in quotes; write ${quoted(restOfLine)}`, 1);
    case 'BAD_ALIAS':
      if (/empty string/.test(message)) {
        const what = char === '&' ? 'names an anchor' : 'refers to an anchor';
        return here(`"${char}" at the start of a value ${what}, and no name follows; if "${char}" is part of the text, put the value in quotes`, 1);
      }
      return here(`${lowerFirst(message)}; if "${char}" is part of the text, put the value in quotes`, 2);
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'ALIAS_PROPS':
      return here(`a value that starts with "&", "*" or "!" must be put in quotes (${lowerFirst(message)})`, 2);
    case 'TAG_RESOLVE_FAILED': {
      const tag = text.slice(error.pos[0], error.pos[1]).trim() || 'tag';
      return here(`tags such as "${tag}" are not part of the charter format; remove "${tag}" (or put the value in quotes if it is text)`, 1);
    }
    case 'BAD_DIRECTIVE':
      return here(`"${line.text.trim()}" is not a YAML directive this tool knows; remove the line (a line that starts with "%" is a directive)`, 1);
    case 'KEY_OVER_1024_CHARS':
      return here('this key is over 1024 characters long; a key is a short word such as "name": check for a missing line break or a stray ":"', 1, [
        line.start + line.indent,
        line.start + line.indent + 1,
      ]);
    case 'BLOCK_IN_FLOW':
      return here(
        'inside [...] or {...}, a value that contains ": " or starts with "- " must be in quotes, and items are separated by commas; quote the value, or write the list one "- " item per line',
        1,
      );
    default:
      break;
  }

  // An unclosed quote: the parser reports it where the file (or document) ends; point at the quote.
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote !== undefined) {
    const open = openingBefore(unclosed(), quote, at);
    const tip = quote === "'" ? ` (inside '...', write an apostrophe as '')` : '';
    const msg = `this quote (${quote}) is never closed, so what follows is read as part of the value; add the closing ${quote} where the value ends${tip}`;
    return open === undefined ? here(msg, 0) : here(msg, 0, [open, open + 1]);
  }

  // An unclosed [ or {: the parser reports it where it gave up; point at the bracket.
  const bracket = /^Flow (sequence|map).* end with a ([\]}])/.exec(message);
  if (bracket !== undefined && bracket !== null) {
    const isSeq = bracket[1] === 'sequence';
    const [openChar, closeChar] = isSeq ? ['[', ']'] : ['{', '}'];
    const open = openingBefore(unclosed(), openChar, at);
    const msg = `this "${openChar}" is never closed: add "${closeChar}" at the end of the ${isSeq ? 'list' : 'mapping'}, and if it runs over several lines, indent them further than its key`;
    return open === undefined ? here(msg, 0) : here(msg, 0, [open, open + 1]);
  }

  const listItemHere = /block-seq-ind on same line with key/.test(message);
  if (listItemHere || (error.code === 'MULTILINE_IMPLICIT_KEY' && /^-(\s|$)/.test(text.slice(at, at + 2)))) {
    return here(
      'a list item ("- ") cannot start here, among "key: value" lines; indent it under the key that holds the list (such as "activities:"), or remove the "- "',
      listItemHere ? 0 : 2,
      [at, at + 1],
    );
  }

  if (error.code === 'MULTILINE_IMPLICIT_KEY' && /^Implicit keys need/.test(message)) {
    const content = line.text.trim();
    if (at <= line.start + line.indent) {
      // The key itself runs on to the next line: this line is not "key: value".
      const missingSpace = /^([^\s:]+):(\S.*)$/.exec(content);
      if (missingSpace) return here(`"${content}" needs a space after the colon: write "${missingSpace[1]}: ${missingSpace[2]}"`, 1, lineRange(line));
      if (!content.includes(':')) return here(`"${content}" is not a "key: value" line; add ": " and a value after the key, or remove the line`, 1, lineRange(line));
    } else {
      const next = nextContentLine(text, line, lineCounter);
      if (next !== undefined && next.indent > line.indent && next.start < error.pos[1] + 1) {
        const key = keyOf(line);
        const belongs = key !== undefined ? ` (or, if it belongs under "${key}", remove the value after "${key}:")` : '';
        return here(
          `this line is indented more than line ${line.number}, so YAML reads it as part of the value on line ${line.number}; start it in the same column as the key on line ${line.number}${belongs}`,
          1,
          lineRange(next),
        );
      }
    }
    return here(`this line is not a "key: value" line that YAML can read; ${GENERIC}`, 3);
  }

  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /^Nested mappings/.test(message)) {
    const key = keyOf(line);
    const value = text.slice(at, line.end).replace(/\r$/, '').trim();
    if (key !== undefined && /:\s/.test(value)) {
      return here(`the value of "${key}" contains ": ", which YAML reads as the start of another key; put the value in quotes: ${key}: ${JSON.stringify(value)}`, 2);
    }
    return here(`a "key: value" pair cannot start in the middle of a value; ${GENERIC}`, 3);
  }

  if (/A block sequence may not be used as an implicit map key/.test(message)) {
    return here('this line is not lined up with the lines above it: the "- " items of one list, and the keys of one mapping, start in the same column', 0, lineRange(line));
  }
  if (/All mapping items must start at the same column/.test(message)) {
    return here('this key is not lined up with the keys above it; the keys of one mapping start in the same column', 1, lineRange(line));
  }
  if (/All sequence items must start at the same column/.test(message)) {
    return here('this list item is not lined up with the items above it; every "- " of one list starts in the same column', 1, lineRange(line));
  }
  if (/Sequence item without - indicator/.test(message)) {
    return here('this line is not lined up with the list item above it; indent it like the keys of that item, or start a new item with "- "', 1, lineRange(line));
  }
  if (/Implicit map keys need to be followed by map values/.test(message)) {
    const content = text.slice(error.pos[0], error.pos[1]).trim() || line.text.trim();
    return here(`${quoted(content)} has no ":" after it, so it is neither a key nor a value; write "${content}: <value>", or remove it`, 2, lineRange(line));
  }
  if (/Comments must be separated from other tokens/.test(message)) {
    return here('"#" starts a comment only after a space; put a space before "#", or the whole value in quotes if "#" is part of it', 1);
  }
  if (/Unexpected scalar at node end/.test(message)) {
    const before = text.slice(line.start, at).trimEnd();
    if (before.endsWith("'") || before.endsWith('"')) {
      return here(
        `there is more text after the closing quote of this value; put the whole value in quotes (inside '...', write an apostrophe as '': 'Customer''s journey')`,
        1,
      );
    }
    return here(`unexpected text here; ${GENERIC}`, 3);
  }
  const stray = /Unexpected (flow-seq-end|flow-map-end|map-value-ind|flow-error-ind|comma)\b/.exec(message);
  if (stray) {
    const shown = char.trim() || stray[1]!;
    return here(`"${shown}" is not expected here; remove it, or put the value in quotes if it is part of the text`, 2);
  }
  if (/Unexpected , in flow|Unexpected empty item in flow/.test(message)) {
    return here('there is an extra "," in this [...] or {...}; remove it', 1);
  }
  const missingComma = /Missing , (or : )?between flow (sequence|map) items/.exec(message);
  if (missingComma) {
    return here(`a "," is missing between two items of this ${missingComma[2] === 'map' ? '{...} mapping' : '[...] list'}; add it (or put an item that contains spaces in quotes)`, 1);
  }
  if (/Missing space after : in flow map/.test(message)) {
    return here('add a space after ":" in this {...} mapping (key: value)', 1);
  }
  if (/Block scalar header includes extra characters/.test(message)) {
    return here('after "|" or ">" only a comment may follow on the same line; start the text on the next line, indented', 1);
  }
  if (/Missing directives-end/.test(message)) {
    return here('a line that starts with "%" is a YAML directive and must be followed by a "---" line; remove it, or put the value in quotes', 1);
  }
  if (/cannot start on same line with directives-end marker/.test(message)) {
    return here('nothing may follow "---" on its line; move the rest to the next line', 1);
  }
  if (/Tags and anchors must be separated/.test(message)) {
    return here('a value that starts with "!" or "&" must be put in quotes', 1);
  }
  return here(`YAML syntax error: ${lowerFirst(message.split('\n')[0] ?? message)}; ${GENERIC}`, 4);
}

function lineRange(line: Line): [number, number] {
  const start = line.start + line.indent;
  return [start, Math.max(line.end, start + 1)];
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s;
}
