/**
 * One YAML parser error in plain words, at the place the user has to fix.
 * @module
 */
import type { CST, LineCounter, YAMLError } from 'yaml';
import { quote as quoted } from '../text/quote.js';
import type { RankedProblem } from './inspect.js';
import { keyOf, lineAt, lineRange, nextContentLine } from './lines.js';
import { openingBefore, type Unclosed } from './unclosed.js';

/** What the parser's errors are put in words against. */
export interface YamlErrorContext {
  text: string;
  lineCounter: LineCounter;
  /** The file's syntax tree, as parsed once for the document. */
  tokens: readonly CST.Token[];
}

const GENERIC = 'check the indentation and the quotes on this line and the one above';

export function describeYamlError(error: YAMLError, context: YamlErrorContext, unclosed: () => Unclosed[]): RankedProblem {
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

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s;
}
