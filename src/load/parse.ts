import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LineCounter, isPair, isScalar, parseAllDocuments, visit, type Document } from 'yaml';
import { describeFsError, type DiscoveredFile } from './discover.js';
import type { SourceFile, SourceProblem } from './source.js';

/** Aliases allowed when turning a document into data: bounds "billion laughs" expansions. */
const MAX_ALIAS_COUNT = 1000;

/** Reads and parses one discovered file. Never throws: every problem becomes a `syntaxProblems` entry. */
export async function readSource(file: DiscoveredFile, cwd: string): Promise<SourceFile> {
  const displayPath = toDisplayPath(file.path, cwd);
  if (file.problem !== undefined) return emptySource(file, displayPath, [{ message: file.problem }]);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file.path);
  } catch (err) {
    return emptySource(file, displayPath, [{ message: `cannot read this file: ${describeFsError(err, 'read error')}` }]);
  }
  return parseSource(file, displayPath, bytes);
}

/** Parses file contents already in memory (used by `readSource` and by tests). */
export function parseSource(file: DiscoveredFile, displayPath: string, bytes: Uint8Array): SourceFile {
  if (bytes.includes(0)) {
    return emptySource(file, displayPath, [{ message: 'this is a binary file, not YAML text; a charter must be a UTF-8 text file' }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return emptySource(file, displayPath, [
      { message: 'this file is not valid UTF-8 text; save it with UTF-8 encoding' },
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseText(file, displayPath, text);
}

/** Parses YAML text into a source file with positions. */
export function parseText(file: DiscoveredFile, displayPath: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  const problems: SourceProblem[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false }) as Document.Parsed[];
  } catch (err) {
    // The parser itself gave up (for instance, nesting deeper than the stack allows).
    const reason = err instanceof RangeError ? 'it is nested too deeply to read' : 'the YAML parser could not read it';
    return { ...emptySource(file, displayPath, [{ message: `this file cannot be parsed: ${reason}` }]), text, lineCounter };
  }
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  const source: SourceFile = { path: file.path, displayPath, kind: file.kind, text, lineCounter, data: undefined, syntaxProblems: problems };
  if (doc === undefined) return source; // empty stream: no content, reported by the schema rule
  source.doc = doc;
  for (const extra of docs.slice(1)) {
    const start = extra.range[0];
    problems.push({
      message: 'a charter file holds one YAML document; move this second document (after "---") to a file of its own',
      range: [start, Math.max(start + 1, Math.min(extra.range[1], text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start)))],
    });
  }
  for (const error of doc.errors) problems.push(describeYamlError(doc, lineCounter, error.code, error.message, error.pos));
  if (doc.errors.length === 0) {
    try {
      source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const message =
        err instanceof ReferenceError && /alias/i.test(err.message)
          ? `aliases in this file expand to too much data (over ${MAX_ALIAS_COUNT} uses); write the values out instead`
          : err instanceof RangeError
            ? 'this file cannot be read: it is nested too deeply'
            : `this file cannot be read as data: ${err instanceof Error ? err.message : String(err)}`;
      problems.push({ message });
    }
  }
  return source;
}

function emptySource(file: DiscoveredFile, displayPath: string, problems: SourceProblem[]): SourceFile {
  return { path: file.path, displayPath, kind: file.kind, text: '', lineCounter: new LineCounter(), data: undefined, syntaxProblems: problems };
}

/** Turns a `yaml` parse error into plain words, pointing at the first definition for duplicate keys. */
function describeYamlError(doc: Document.Parsed, lineCounter: LineCounter, code: string, message: string, pos: [number, number]): SourceProblem {
  const range: [number, number] = [pos[0], Math.max(pos[1], pos[0] + 1)];
  switch (code) {
    case 'DUPLICATE_KEY': {
      const first = firstDefinitionOfDuplicate(doc, lineCounter, pos[0]);
      if (first !== undefined) {
        return { message: `"${first.key}" appears twice in the same mapping; keep one (the first is at line ${first.line})`, range: first.duplicateRange };
      }
      return { message: 'a key appears twice in the same mapping; keep one', range };
    }
    case 'TAB_AS_INDENT':
      return { message: 'tabs are not allowed for indentation in YAML; indent with spaces', range };
    case 'MULTIPLE_DOCS':
      return { message: 'a charter file holds one YAML document; move the second one to a file of its own', range };
    default:
      return { message: `YAML syntax error: ${lowerFirst(message.replace(/ at line \d+, column \d+.*$/s, ''))}`, range };
  }
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Finds the duplicated key at `offset` and the line of its first definition in the same mapping. */
function firstDefinitionOfDuplicate(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  offset: number,
): { key: string; line: number; duplicateRange: [number, number] } | undefined {
  let result: { key: string; line: number; duplicateRange: [number, number] } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key) || pair.key.range == null) continue;
        const key = pair.key.value;
        const [start, end] = pair.key.range;
        const earlier = seen.get(key);
        if (earlier !== undefined && start <= offset && offset <= end) {
          result = { key: String(key), line: lineCounter.linePos(earlier).line, duplicateRange: [start, end] };
          return visit.BREAK;
        }
        if (earlier === undefined) seen.set(key, start);
      }
      return undefined;
    },
  });
  return result;
}

/** Path relative to `cwd` with forward slashes (absolute when outside it). */
export function toDisplayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join('/');
}
