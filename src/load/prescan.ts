/**
 * A linear pre-scan of YAML text, before the YAML library builds anything: the
 * library's work (and memory) grows much faster than the text on some inputs (30 MB
 * of "[" after a key, a million tiny keys), so the limits on nesting and size are
 * judged here first, in one pass over the characters and constant memory per level.
 *
 * The scan follows YAML closely enough to count levels and entries, not to parse:
 * it knows indentation, "- " and "? " at the start of a value, flow collections
 * ([ ] and { }), quoted text, comments and block scalars (| and >), whose lines are
 * text. It can only over-count by a level or two on odd but valid input, far below
 * the limit, which is ten times what a charter needs.
 * @module
 */
import { MAX_NESTING } from './limits.js';
import type { SourceProblem } from './source.js';

/**
 * Entries a file may hold: lines of keys, list items and text, and items of flow
 * collections. A large charter has a few thousand; 40,000 activities take about
 * 120,000. Bounds the time the YAML library takes on a file to seconds.
 */
export const MAX_ENTRIES = 150_000;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** The problem that keeps a file from being parsed at all, or undefined when the text is within the limits. */
export function prescan(text: string): SourceProblem | undefined {
  const n = text.length;
  /** Indentations of the open block collections, innermost last. */
  const indents: number[] = [];
  let flow = 0;
  let entries = 0;
  /** Open quoted text: the quote character, or 0. */
  let quote = 0;
  /** Inside a block scalar: lines indented more than this are its text; -1 when not in one. */
  let scalarParent = -1;
  let i = 0;
  while (i < n) {
    // One line: [i, end).
    let end = text.indexOf('\n', i);
    if (end === -1) end = n;
    let c = i;
    while (c < end && text.charCodeAt(c) === SPACE) c++;
    const indent = c - i;
    const content = c;
    const first = c < end ? text.charCodeAt(c) : LF;
    const blank = first === LF || first === CR || first === TAB || first === 0x23; /* # */

    if (scalarParent >= 0) {
      if (blank || indent > scalarParent) {
        i = end + 1;
        continue;
      }
      scalarParent = -1;
    }

    let depth = flow;
    let atValue = false;
    if (quote === 0 && flow === 0) {
      if (blank) {
        i = end + 1;
        continue;
      }
      entries++;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      depth = indents.length;
      atValue = true;
    } else if (flow > 0 && quote === 0) {
      depth = indents.length + flow;
    }

    // The characters of the line.
    let prev = SPACE;
    for (; c < end; c++) {
      const ch = text.charCodeAt(c);
      if (quote !== 0) {
        if (quote === 0x22 /* " */ && ch === 0x5c /* \ */) {
          c++;
        } else if (ch === quote) {
          if (quote === 0x27 /* ' */ && text.charCodeAt(c + 1) === 0x27) c++;
          else quote = 0;
        }
        prev = ch;
        continue;
      }
      if (ch === 0x23 /* # */ && isBlank(prev)) break;
      if (flow > 0) {
        if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
          flow++;
          entries++;
          depth = indents.length + flow;
        } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
          flow--;
        } else if (ch === 0x2c /* , */) {
          entries++;
        } else if ((ch === 0x22 || ch === 0x27) && (isBlank(prev) || prev === 0x5b || prev === 0x7b || prev === 0x2c || prev === 0x3a)) {
          quote = ch;
        }
      } else if (atValue) {
        if (isBlank(ch)) {
          // still at the start of a value
        } else if ((ch === 0x2d /* - */ || ch === 0x3f) /* ? */ && (c + 1 >= end || isBlank(text.charCodeAt(c + 1)))) {
          depth++;
          // The item that goes too deep: the value after this "- ".
          if (depth > MAX_NESTING) return tooDeep(Math.min(c + 2, end));
        } else if (ch === 0x5b || ch === 0x7b) {
          flow = 1;
          entries++;
          depth++;
        } else if (ch === 0x22 || ch === 0x27) {
          quote = ch;
          atValue = false;
        } else if (ch === 0x7c /* | */ || ch === 0x3e /* > */) {
          scalarParent = indent;
          break;
        } else if (ch === 0x26 /* & */ || ch === 0x21 /* ! */) {
          // An anchor or a tag: the value follows it.
          while (c + 1 < end && !isBlank(text.charCodeAt(c + 1))) c++;
        } else {
          atValue = false;
        }
      } else if (ch === 0x3a /* : */ && (c + 1 >= end || isBlank(text.charCodeAt(c + 1)) || text.charCodeAt(c + 1) === CR)) {
        atValue = true;
      }
      if (depth > MAX_NESTING) return tooDeep(c);
      prev = ch;
    }
    if (depth > MAX_NESTING) return tooDeep(valueStart(text, content, end));
    if (entries > MAX_ENTRIES) return tooMany(i);
    i = end + 1;
  }
  return undefined;
}

/** Where the value starts on a line, past its "- " and "? " indicators. */
function valueStart(text: string, from: number, end: number): number {
  let c = from;
  for (;;) {
    while (c < end && isBlank(text.charCodeAt(c))) c++;
    const ch = text.charCodeAt(c);
    if ((ch === 0x2d || ch === 0x3f) && (c + 1 >= end || isBlank(text.charCodeAt(c + 1)))) c++;
    else return c;
  }
}

function tooDeep(at: number): SourceProblem {
  return {
    message: `this file nests lists and mappings more than ${MAX_NESTING} levels deep, far more than a charter needs`,
    help: 'check the indentation and the brackets around here',
    range: [at, at + 1],
  };
}

function tooMany(at: number): SourceProblem {
  return {
    message: `this file holds more than ${MAX_ENTRIES.toLocaleString('en-US')} keys, list items and lines, far more than a charter needs (a large one has a few thousand)`,
    help: 'split it, or check that it is a charter at all',
    range: [at, at + 1],
  };
}
