/**
 * One YAML parser error in plain words, at the place the user has to fix.
 * @module
 */
import type { CST, LineCounter, YAMLError } from 'yaml';
import { quote as quoted } from '../text/quote.js';
import type { RankedProblem } from './inspect.js';
import { keyOf, lineAt, lineRange, nextContentLine } from './lines.js';
import { flowAt, openingBefore, unclosedFlowBefore, type SyntaxFacts } from './syntax-tree.js';

/** What the parser's errors are put in words against. */
export interface YamlErrorContext {
  text: string;
  lineCounter: LineCounter;
  /** The file's syntax tree, as parsed once for the document. */
  tokens: readonly CST.Token[];
}

const GENERIC = 'check the indentation and the quotes on this line and the one above';

/**
 * Puts one parser error in words. Keyed on the error's code; where the parser uses one
 * code for several situations, they are told apart by the syntax tree and the text at
 * the error, never by the parser's English message, which this never reads (a minor
 * release of the parser may reword it).
 */
export function describeYamlError(error: YAMLError, context: YamlErrorContext, facts: () => SyntaxFacts): RankedProblem {
  const { text, lineCounter } = context;
  const at = Math.min(error.pos[0], text.length);
  const range: [number, number] = [at, Math.max(Math.min(error.pos[1], text.length), at + 1)];
  const line = lineAt(text, at, lineCounter);
  const here = (message: string, help: string, rank: number, r: [number, number] = range): RankedProblem => ({ message, help, range: r, rank });
  const char = text[at] ?? '';
  const restOfLine = text.slice(at, line.end).replace(/\r$/, '').replace(/\s+#.*$/, '').trim();

  /** Where the next text after the error starts (the parser reports some errors at the end of what comes before). */
  const nextContent = skipSpace(text, at);
  const generic = (): RankedProblem => here(GENERIC_BY_CODE[error.code] ?? 'YAML cannot read this line', GENERIC, 4);
  const pointAt = (open: number | undefined, message: string, help: string, rank: number): RankedProblem =>
    open === undefined ? here(message, help, rank) : here(message, help, rank, [open, open + 1]);
  const unexpected = (shown: string, rank: number): RankedProblem =>
    here(`"${shown}" is not expected here`, 'remove it, or put the value in quotes if it is part of the text', rank);

  /** A quote never closed: the parser reports it where the quoted value runs out; point at the quote. */
  const unclosedQuote = (): RankedProblem | undefined => {
    const token = facts().unclosed.find((u) => (u.char === '"' || u.char === "'") && u.end === error.pos[0]);
    if (token === undefined) return undefined;
    const quote = token.char;
    const tip = quote === "'" ? ` (inside '...', write an apostrophe as '')` : '';
    return pointAt(
      openingBefore(facts().unclosed, quote, at),
      `this quote (${quote}) is never closed, so what follows is read as part of the value`,
      `add the closing ${quote} where the value ends${tip}`,
      0,
    );
  };
  /** A [ or { never closed: the parser reports it where it gave up; point at the bracket. */
  const unclosedBracket = (): RankedProblem | undefined => {
    const flow = unclosedFlowBefore(facts(), text, at);
    if (flow === undefined) return undefined;
    const isSeq = flow.char === '[';
    const [openChar, closeChar] = isSeq ? ['[', ']'] : ['{', '}'];
    return pointAt(
      openingBefore(facts().unclosed, openChar, at),
      `this "${openChar}" is never closed`,
      `add "${closeChar}" at the end of the ${isSeq ? 'list' : 'mapping'}, and if it runs over several lines, indent them further than its key`,
      0,
    );
  };
  const listItemHere = (rank: number): RankedProblem =>
    here(
      'a list item ("- ") cannot start here, among "key: value" lines',
      'indent it under the key that holds the list (such as "activities:"), or remove the "- "',
      rank,
      [at, at + 1],
    );
  const quoteIt = (message: string): RankedProblem => here(message, 'a value that starts with "&", "*" or "!" must be put in quotes', 2);

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return here('tabs are not allowed for indentation in YAML', 'indent with spaces', 0);
    case 'RESOURCE_EXHAUSTION':
      return here(
        'this file nests lists and mappings too deeply to read (a charter needs about ten levels, this is hundreds)',
        'check the indentation and the brackets around here',
        0,
        [line.start + line.indent, line.start + line.indent + 1],
      );
    case 'BAD_DQ_ESCAPE': {
      // The parser points at the backslash of the escape it does not know.
      const seq = char === '\\' ? text.slice(at, at + 2).replace(/[\r\n]$/, '') : '\\';
      return here(
        `"${seq}" is not an escape that YAML knows`,
        'in a value in double quotes, a backslash starts an escape such as \\n; write \\\\ for a backslash, or use single quotes',
        1,
      );
    }
    case 'BAD_SCALAR_START':
      return here(`a value cannot start with "${char}" unless it is in quotes`, `write ${quoted(restOfLine)}`, 1);
    case 'BAD_ALIAS': {
      // "&" or "*" with no name after it: the parser points at the character.
      if ((char === '&' || char === '*') && !/^[^\s,[\]{}]/.test(text.slice(at + 1, at + 2))) {
        const what = char === '&' ? 'names an anchor' : 'refers to an anchor';
        return here(`"${char}" at the start of a value ${what}, and no name follows`, `if "${char}" is part of the text, put the value in quotes`, 1);
      }
      // A name that ends in ":": the parser points at the ":".
      const name = /[&*][^\s,[\]{}]*$/.exec(text.slice(line.start, at + 1))?.[0] ?? char;
      return here(
        `${quoted(name)} ends in ":", so YAML cannot tell where the ${name.startsWith('*') ? 'alias' : 'anchor'} ends`,
        'put the value in quotes if it is text, or remove the ":"',
        2,
      );
    }
    case 'MULTIPLE_ANCHORS':
      return quoteIt('this value has two anchors ("&name")');
    case 'MULTIPLE_TAGS':
      return quoteIt('this value has two tags ("!tag")');
    case 'BAD_PROP_ORDER':
      return quoteIt(`an anchor or a tag must come after "${char}", not before it`);
    case 'ALIAS_PROPS':
      return quoteIt('an alias ("*name") cannot have an anchor or a tag');
    case 'TAG_RESOLVE_FAILED': {
      const tag = text.slice(error.pos[0], error.pos[1]).trim() || 'tag';
      return here(`tags such as "${tag}" are not part of the charter format`, `remove "${tag}" (or put the value in quotes if it is text)`, 1);
    }
    case 'BAD_DIRECTIVE':
      return here(`"${line.text.trim()}" is not a YAML directive this tool knows`, 'remove the line (a line that starts with "%" is a directive)', 1);
    case 'KEY_OVER_1024_CHARS':
      return here('this key is over 1024 characters long', 'a key is a short word such as "name": check for a missing line break or a stray ":"', 1, [
        line.start + line.indent,
        line.start + line.indent + 1,
      ]);
    case 'BLOCK_IN_FLOW':
      return here(
        'inside [...] or {...}, a value that contains ": " or starts with "- " must be in quotes, and items are separated by commas',
        'quote the value, or write the list one "- " item per line',
        1,
      );

    case 'MISSING_CHAR': {
      // An anchor or tag before a "- " list on the same line: not put in words.
      if (/^[&!]\S*[ \t]+-(\s|$)/.test(text.slice(at, at + 200))) return generic();
      const quote = unclosedQuote();
      if (quote !== undefined) return quote;
      const flow = flowAt(facts(), at);
      if (flow !== undefined && text[at - 1] === ':' && facts().flowValueStarts.has(at)) {
        return flow.char === '{' ? here('there is no space after ":" in this {...} mapping', 'add one: key: value', 1) : generic();
      }
      const item = facts().flowItemStarts.get(at) ?? facts().flowValueStarts.get(at);
      if (item !== undefined) {
        return here(
          `a "," is missing between two items of this ${item === '{' ? '{...} mapping' : '[...] list'}`,
          'add it (or put an item that contains spaces in quotes)',
          1,
        );
      }
      if (facts().blockKeysWithoutValue.has(at)) {
        const content = text.slice(error.pos[0], error.pos[1]).trim() || line.text.trim();
        return here(`${quoted(content)} has no ":" after it, so it is neither a key nor a value`, `write "${content}: <value>", or remove it`, 2, lineRange(line));
      }
      if (char === '#') {
        return here('"#" starts a comment only after a space', 'put a space before "#", or the whole value in quotes if "#" is part of it', 1);
      }
      const bracket = unclosedBracket();
      if (bracket !== undefined) return bracket;
      if (facts().blockItemsWithoutIndicator.has(at) || facts().blockItemsWithoutIndicator.has(nextContent)) {
        return here('this line is not lined up with the list item above it', 'indent it like the keys of that item, or start a new item with "- "', 1, lineRange(line));
      }
      if (/^---/.test(line.text) && at > line.start) return here('nothing may follow "---" on its line', 'move the rest to the next line', 1);
      if (/[&!]\S*$/.test(text.slice(line.start, at)) && !/\s/.test(char)) {
        return here('a value that starts with "!" or "&" is read as a tag or an anchor', 'put the value in quotes', 1);
      }
      if (facts().hasDirective) {
        return here('a line that starts with "%" is a YAML directive and must be followed by a "---" line', 'remove it, or put the value in quotes', 1);
      }
      return generic();
    }

    case 'BAD_INDENT': {
      // A [ or { that runs up to here without its closing bracket (the composer reports it where its text ends).
      if (unclosedFlowBefore(facts(), text, at)?.end === at) return unclosedBracket()!;
      // The composer reports these where the item before ends: the item out of line is the next thing in the text.
      if (facts().misalignedSeqItems.has(at) || facts().misalignedSeqItems.has(nextContent)) {
        return here('this list item is not lined up with the items above it', 'every "- " of one list starts in the same column', 1, lineRange(line));
      }
      // (A stray token the parser could not place, such as a "- " on the line of a key, may come first.)
      const stray = facts().nestedErrors.get(nextContent);
      const afterStray = stray === undefined ? nextContent : skipSpace(text, nextContent + stray.length);
      if (facts().misalignedKeys.has(at) || facts().misalignedKeys.has(nextContent) || facts().misalignedKeys.has(afterStray)) {
        return here('this key is not lined up with the keys above it', 'the keys of one mapping start in the same column', 1, lineRange(line));
      }
      return unclosedBracket() ?? generic();
    }

    case 'UNEXPECTED_TOKEN': {
      // A parser error inside a collection: "- " on the line of a key, or a token it does not know.
      const nested = facts().nestedErrors.get(at);
      if (nested === '-') return listItemHere(0);
      if (facts().blockScalarHeaders.some(([start, end]) => at > start && at < end)) {
        return here('after "|" or ">" only a comment may follow on the same line', 'start the text on the next line, indented', 1);
      }
      const after = facts().afterValue.get(at);
      if (after !== undefined && /^(flow-seq-end|flow-map-end|map-value-ind|comma)$/.test(after)) return unexpected(char.trim() || after, 2);
      if (after === 'scalar') {
        // A value after the end of the one before it (after a closing quote, most often).
        const before = text.slice(line.start, at).trimEnd();
        if (before.endsWith("'") || before.endsWith('"')) {
          return here(
            'there is more text after the closing quote of this value',
            `put the whole value in quotes (inside '...', write an apostrophe as '': 'Customer''s journey')`,
            1,
          );
        }
        return here('unexpected text here', GENERIC, 3);
      }
      if (char === ',' && !facts().topErrors.has(at) && flowAt(facts(), at) !== undefined) {
        return here('there is an extra "," in this [...] or {...}', 'remove it', 1);
      }
      if (nested === undefined && /^[\]}:,]$/.test(char)) return unexpected(char, 2);
      const shown = restOfLine.split(/\r?\n/)[0]!.trim();
      return shown === '' ? generic() : here(`YAML cannot read ${quoted(shown)} here`, GENERIC, 4);
    }

    case 'MULTILINE_IMPLICIT_KEY': {
      if (/^-(\s|$)/.test(text.slice(at, at + 2))) return listItemHere(2);
      if (facts().flowItemStarts.get(at) === '[') return generic(); // a key of a pair in a [...] list
      const content = line.text.trim();
      if (at <= line.start + line.indent) {
        // The key itself runs on to the next line: this line is not "key: value".
        const missingSpace = /^([^\s:]+):(\S.*)$/.exec(content);
        if (missingSpace) return here(`"${content}" needs a space after the colon`, `write "${missingSpace[1]}: ${missingSpace[2]}"`, 1, lineRange(line));
        if (!content.includes(':')) {
          return here(`"${content}" is not a "key: value" line`, 'add ": " and a value after the key, or remove the line', 1, lineRange(line));
        }
      } else {
        const next = nextContentLine(text, line, lineCounter);
        if (next !== undefined && next.indent > line.indent && next.start < error.pos[1] + 1) {
          const key = keyOf(line);
          const belongs = key !== undefined ? ` (or, if it belongs under "${key}", remove the value after "${key}:")` : '';
          return here(
            `this line is indented more than line ${line.number}, so YAML reads it as part of the value on line ${line.number}`,
            `start it in the same column as the key on line ${line.number}${belongs}`,
            1,
            lineRange(next),
          );
        }
      }
      return here('this line is not a "key: value" line that YAML can read', GENERIC, 3);
    }

    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (!facts().compactMapValues.has(at)) {
        return here(
          'this line is not lined up with the lines above it',
          'the "- " items of one list, and the keys of one mapping, start in the same column',
          0,
          lineRange(line),
        );
      }
      const key = keyOf(line);
      const value = text.slice(at, line.end).replace(/\r$/, '').trim();
      if (key !== undefined && /:\s/.test(value)) {
        return here(`the value of "${key}" contains ": ", which YAML reads as the start of another key`, `put the value in quotes: ${key}: ${JSON.stringify(value)}`, 2);
      }
      return here('a "key: value" pair cannot start in the middle of a value', GENERIC, 3);
    }

    default:
      return generic();
  }
}

/**
 * What an error the translator has no plainer words for says, by code: in our
 * words, never the parser's (a minor release of the parser may reword those).
 */
const GENERIC_BY_CODE: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'YAML cannot read this line: its indentation does not fit the lines around it',
  MISSING_CHAR: 'YAML cannot read this line: a bracket, a quote, a ":" or a "," seems to be missing',
  MULTILINE_IMPLICIT_KEY: 'YAML cannot read this line: a key must be on one line',
  UNEXPECTED_TOKEN: 'YAML cannot read the text here',
};

/** The offset of the first character at or after `offset` that is not white space (looking a little way only). */
function skipSpace(text: string, offset: number): number {
  return offset + (/^\s*/.exec(text.slice(offset, offset + 1000))?.[0].length ?? 0);
}
