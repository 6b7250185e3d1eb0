import { createHash } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import { Composer, LineCounter, Parser, type CST, type Document } from 'yaml';
import { describeFsError, type DiscoveredFile } from './discover.js';
import { inspectDocument } from './inspect.js';
import { inspectData, MAX_ALIAS_COUNT, MAX_NESTING } from './limits.js';
import type { SourceComment, SourceFile, SourceProblem } from './source.js';
import { describeYamlErrors } from './yaml-errors.js';
import { prescan } from './prescan.js';
import { relativeInside } from '../files/within.js';

export { MAX_ALIAS_COUNT, MAX_NESTING };

/** The largest file read: far beyond any charter (40,000 activities take about 5 MB), small enough to stay quick. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

function tooBig(size: number): string {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return `this file is ${mb(size)}, more than the ${mb(MAX_FILE_BYTES)} a charter file may be; split it, or check that it is a charter at all`;
}

/**
 * Reads and parses one discovered file. Never throws: every problem becomes a
 * `syntaxProblems` entry. Synchronous on purpose: the CLI has nothing else to do while
 * it reads, and one system call per step costs about a third of what promise round
 * trips did at 10,000 files (parse threads share the work out on large orgs).
 */
export function readSource(file: DiscoveredFile, cwd: string): SourceFile {
  const displayPath = toDisplayPath(file.path, cwd);
  if (file.problem !== undefined) return emptySource(file, displayPath, [{ message: file.problem }]);
  let bytes: Buffer;
  try {
    const stat = nodeFs.statSync(file.path);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'it is a directory' : 'it is not a regular file';
      return emptySource(file, displayPath, [{ message: `cannot read this file: ${what}` }]);
    }
    if (stat.size > MAX_FILE_BYTES) return emptySource(file, displayPath, [{ message: tooBig(stat.size) }]);
    bytes = nodeFs.readFileSync(file.path);
  } catch (err) {
    return emptySource(file, displayPath, [{ message: `cannot read this file: ${describeFsError(err, 'read error')}` }]);
  }
  // The hash of the very bytes checked: the lint cache keys what it stores on it (a file
  // edited while a run reads it must never get the findings of its older content).
  return { ...parseSource(file, displayPath, bytes), bytesHash: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Parses file contents already in memory (used by `readSource` and by tests).
 * The bytes must be UTF-8 text; a byte-order mark is allowed and dropped.
 */
export function parseSource(file: DiscoveredFile, displayPath: string, bytes: Uint8Array): SourceFile {
  if (bytes.length > MAX_FILE_BYTES) return emptySource(file, displayPath, [{ message: tooBig(bytes.length) }]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return emptySource(file, displayPath, [{ message: 'this file is saved as UTF-16 text; a charter must be UTF-8: save it with UTF-8 encoding' }]);
  }
  if (bytes.includes(0)) {
    return emptySource(file, displayPath, [{ message: 'this is a binary file, not YAML text; a charter must be a UTF-8 text file' }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return notUtf8(file, displayPath, bytes);
  }
  return parseText(file, displayPath, text);
}

/** A file that is not UTF-8: one problem at the first byte that is not, so that the user can find it. */
function notUtf8(file: DiscoveredFile, displayPath: string, bytes: Uint8Array): SourceFile {
  const bad = firstInvalidUtf8(bytes);
  // Everything before the bad byte is valid UTF-8: its decoded length is the offset of the bad byte in the lossy text.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    path: file.path,
    displayPath,
    kind: file.kind,
    text,
    lineCounter,
    data: undefined,
    syntaxProblems: [
      {
        message: `this file is not UTF-8 text (byte 0x${hex} here is not UTF-8; the file was probably saved as Latin-1 or Windows-1252); a charter must be UTF-8: save it with UTF-8 encoding`,
        range: [before.length, before.length + 1],
      },
    ],
  };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Parses YAML text into a source file with positions. Never throws, and does
 * bounded work on any input: nesting deeper than {@link MAX_NESTING} levels and
 * aliases that expand past {@link MAX_ALIAS_COUNT} uses are problems, not crashes.
 */
export function parseText(file: DiscoveredFile, displayPath: string, rawText: string): SourceFile {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const source: SourceFile = { path: file.path, displayPath, kind: file.kind, text, lineCounter, data: undefined, syntaxProblems: [] };
  // Limits first, in one linear pass: on some inputs the parser's work grows much faster than the text.
  const overLimit = prescan(text);
  if (overLimit !== undefined) {
    lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
    source.syntaxProblems.push(overLimit);
    return source;
  }
  let parsed: { tokens: CST.Token[]; docs: Document.Parsed[] };
  try {
    parsed = parseYaml(text, lineCounter);
  } catch (err) {
    // The parser itself gave up (it catches stack overflows itself, so this should not happen).
    const reason = err instanceof RangeError ? 'it is nested too deeply to read' : 'the YAML parser could not read it';
    source.syntaxProblems.push({ message: `this file cannot be parsed: ${reason}` });
    return source;
  }
  const { tokens, docs } = parsed;
  if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
  // Only a file that may hold a suppression comment needs its comments kept.
  if (text.includes('charter-')) source.comments = commentsOf(tokens);
  const doc = docs[0];
  if (doc === undefined) return source; // an empty stream: no content, reported by the schema rule
  source.doc = doc;

  const problems: SourceProblem[] = [];
  const ORDINALS = ['second', 'third', 'fourth', 'fifth'];
  docs.slice(1).forEach((extra, i) => {
    const start = extra.range[0];
    const lineEnd = text.indexOf('\n', start);
    problems.push({
      message: `a charter file holds one YAML document; move this ${ORDINALS[i] ?? `${i + 2}th`} document (after "---") to a file of its own`,
      range: [start, Math.max(start + 1, Math.min(extra.range[1], lineEnd === -1 ? text.length : lineEnd))],
    });
  });
  const yaml11 = yaml11Directive(doc, text);
  if (yaml11 !== undefined) problems.push(yaml11);
  const inspection = inspectDocument(doc, lineCounter);
  problems.push(...describeYamlErrors([...doc.errors, ...doc.warnings], inspection, { text, lineCounter, tokens }));

  if (doc.errors.length === 0 && !inspection.blocking) {
    const alias = inspection.firstAlias;
    try {
      const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      const shape = inspectData(data, text.length);
      if (shape === undefined) source.data = data;
      else problems.push({ message: DATA_PROBLEMS[shape], ...(alias ? { range: alias } : {}) });
    } catch (err) {
      const message =
        err instanceof ReferenceError && /alias/i.test(err.message)
          ? DATA_PROBLEMS.aliases
          : err instanceof RangeError
            ? DATA_PROBLEMS.deep
            : `this file cannot be read as data: ${err instanceof Error ? err.message : String(err)}`;
      problems.push({ message, ...(alias ? { range: alias } : {}) });
    }
  }
  source.syntaxProblems = problems;
  return source;
}

/**
 * Parses the text once: its syntax tree (CST), kept for what the document does not
 * hold (comments, where an unclosed bracket opens), and the documents composed from it.
 */
function parseYaml(text: string, lineCounter?: LineCounter): { tokens: CST.Token[]; docs: Document.Parsed[] } {
  // The parser makes an Error for each syntax error; their stack traces are never shown, and
  // capturing them is most of the time spent on a file of many errors.
  const stackTraceLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
    const tokens = Array.from(new Parser(lineCounter?.addNewLine).parse(text));
    // Duplicate keys are found by inspectDocument: the parser's own check is quadratic in the size of a mapping.
    // logLevel 'error': the parser's warnings become findings, never lines on standard error.
    // resolveKnownTags false: YAML 1.1's !!binary, !!set, !!omap, !!pairs and !!timestamp are tags like any other (a finding).
    const composer = new Composer({ uniqueKeys: false, prettyErrors: false, logLevel: 'error', resolveKnownTags: false });
    const docs = Array.from(composer.compose(tokens)) as Document.Parsed[];
    return { tokens, docs };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The YAML document of a text that {@link parseText} has already read, composed again:
 * the same document, without the checks, the data and the problems (see the memory
 * design in src/project/load.ts).
 */
export function parseDocumentAgain(text: string): Document.Parsed | undefined {
  try {
    return parseYaml(text).docs[0];
  } catch {
    return undefined;
  }
}

/** Every comment of the syntax tree, in order, with its offset (an explicit stack: deep nesting cannot overflow it). */
function commentsOf(tokens: readonly CST.Token[]): SourceComment[] {
  const found: SourceComment[] = [];
  const stack: unknown[] = [...tokens].reverse();
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const token = value as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        found.push({ offset: token.offset, source: token.source });
      } else {
        for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

const DATA_PROBLEMS = {
  aliases: `aliases ("*name") in this file expand to too much data (over ${MAX_ALIAS_COUNT} uses); write the values out instead`,
  cycle: 'this alias ("*name") refers to a value that contains it, which would make the value endless; write the value out instead',
  deep: `aliases ("*name") in this file nest values more than ${MAX_NESTING} levels deep; write the values out instead`,
} as const;

function emptySource(file: DiscoveredFile, displayPath: string, problems: SourceProblem[]): SourceFile {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  return { path: file.path, displayPath, kind: file.kind, text: '', lineCounter, data: undefined, syntaxProblems: problems };
}

/**
 * A `%YAML 1.1` (or 1.0) directive: it makes the parser read `yes` and `off` as
 * booleans and `12:30:00` as a number, which charters (YAML 1.2) never do.
 */
function yaml11Directive(doc: Document.Parsed, text: string): SourceProblem | undefined {
  const { explicit, version } = doc.directives?.yaml ?? {};
  if (explicit !== true || version === '1.2') return undefined;
  const match = /^%YAML[ \t]+[^\r\n#]*/m.exec(text);
  const directive = match?.[0].trim() ?? `%YAML ${version ?? ''}`;
  const start = match?.index ?? 0;
  return {
    message: `"${directive}" makes YAML read yes, no, on and off as true or false, and 12:30:00 as a number; charters are YAML 1.2: remove this line and the "---" under it`,
    range: [start, start + directive.length],
  };
}

/** Path relative to `cwd` with forward slashes (absolute when outside it). */
export function toDisplayPath(abs: string, cwd: string): string {
  const shown = relativeInside(cwd, abs) ?? abs;
  return shown.split(path.sep).join('/');
}
