/**
 * Keeps docs/rules/*.md true (as ESLint's tools/check-rule-examples and actionlint's
 * scripts/check-checks do): every example is linted for real.
 *
 * The format, described for writers in docs/writing-rules.md:
 * - Under `### Bad`, one or more ```yaml blocks, then `What charter lint says:` and the
 *   quoted message(s) in backticks (on the same line, or as a list below it), each
 *   optionally followed by `Help: ` and its help text in backticks. The blocks before a
 *   quote are one example: linted together, they must give exactly the quoted findings
 *   of the page's rule, and a quoted help text must be the finding's help.
 * - Under `### Good`, blocks with nothing but blank lines between them are one example;
 *   prose between blocks starts another. Each is the fix of the first bad example: it is
 *   linted with that example's files, its blocks in place of theirs (a block without the
 *   file's `id:`, or org.yaml's `name:`, changes only the top-level keys it shows), and
 *   must give no finding of the page's rule.
 * - A block's first line `# charters/<name>.yaml` (anything may follow the name) names
 *   its file; without one, the file is `<id>.yaml` for the block's `id:`, or csm.yaml.
 *   A charter that leaves out top-level keys gets them from a complete, clean charter
 *   (tests/helpers/org.ts), so that a block can show only what matters.
 * - Before an example, `<!-- example: standalone -->` (a good example that is not the
 *   fix of the first bad one) and `<!-- example: whole files -->` (its blocks are whole
 *   files, not completed) change that; readers of the page do not see them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Finding } from '../../src/findings/finding.js';
import { rules } from '../../src/rules/index.js';
import { charterYaml, lintFiles } from '../helpers/org.js';

const DOCS = path.resolve(import.meta.dirname, '../../docs/rules');

interface Quote {
  message: string;
  help?: string;
}
interface Example {
  kind: 'bad' | 'good';
  /** File name (in charters/) to the block's text. */
  files: Map<string, string>;
  quotes: Quote[];
  standalone: boolean;
  /** Blocks are whole files: not completed with the keys they leave out. */
  whole: boolean;
  /** Where it starts in the page, for failure messages. */
  line: number;
}

/** The file a block shows: from its `# charters/x.yaml` first line, its `id:`, or csm.yaml. */
function fileOf(block: string): string {
  const header = /^#\s*(?:charters\/)?([\w.-]+\.yaml)\b/.exec(block);
  if (header) return header[1]!;
  const id = /^id:\s*([\w-]+)\s*$/m.exec(block);
  return `${id?.[1] ?? 'csm'}.yaml`;
}

/** The quotes in `text` (backticked), each with the help text that follows it, if any. */
function quotesIn(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(/(Help:\s*)?`([^`]+)`/g)) {
    if (m[1] !== undefined && out.length > 0) out[out.length - 1]!.help = m[2]!;
    else out.push({ message: m[2]! });
  }
  return out;
}

/** The examples of a rule page, in order. */
function examplesOf(page: string): Example[] {
  const start = page.indexOf('\n## Examples');
  const end = page.indexOf('\n## ', start + 1);
  const lines = page.slice(start, end === -1 ? undefined : end).split('\n');
  const offset = page.slice(0, start).split('\n').length;
  const examples: Example[] = [];
  let kind: 'bad' | 'good' | undefined;
  let current: Example | undefined;
  let standalone = false;
  let whole = false;
  let prose = false;
  const open = (line: number): Example => {
    const ex: Example = { kind: kind!, files: new Map(), quotes: [], standalone, whole, line: offset + line };
    examples.push(ex);
    [standalone, whole] = [false, false];
    return ex;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^### Bad/.test(line)) [kind, current, prose] = ['bad', undefined, false];
    else if (/^### Good/.test(line)) [kind, current, prose] = ['good', undefined, false];
    else if (line.trim() === '<!-- example: standalone -->') standalone = true;
    else if (line.trim() === '<!-- example: whole files -->') whole = true;
    else if (line.startsWith('```yaml')) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      const block = `${body.join('\n')}\n`;
      if (kind === undefined) throw new Error('a yaml block before "### Bad" or "### Good"');
      // A new example: the first block, after prose (good), or after a quote (bad).
      if (current === undefined || (kind === 'good' && prose) || (kind === 'bad' && current.quotes.length > 0)) current = open(i);
      current.files.set(fileOf(block), block);
      prose = false;
    } else if (line.startsWith('What charter lint says:')) {
      if (kind !== 'bad' || current === undefined) throw new Error(`line ${offset + i}: a quote with no bad example before it`);
      let text = line;
      while (i + 1 < lines.length && /^\s*(- |Help:)/.test(lines[i + 1]!)) text += `\n${lines[++i]!}`;
      if (/^What charter lint says:\s*$/.test(line) && i + 1 < lines.length && lines[i + 1]!.trim() === '') {
        // A list after a blank line.
        i++;
        while (i + 1 < lines.length && /^\s*(- |Help:)/.test(lines[i + 1]!)) text += `\n${lines[++i]!}`;
      }
      current.quotes.push(...quotesIn(text.slice('What charter lint says:'.length)));
    } else if (line.trim() !== '') prose = true;
  }
  return examples;
}

/** The top-level keys a block shows (read from the text where the block is not well-formed YAML). */
function keysOf(block: string): Set<string> {
  const doc = parseDocument(block);
  if (doc.errors.length === 0 && doc.contents !== null && 'items' in doc.contents) {
    return new Set((doc.contents.items as { key: { value?: unknown } }[]).map((p) => String(p.key.value)));
  }
  return new Set([...block.matchAll(/^([\w-]+):/gm)].map((m) => m[1]!));
}

/** `block`, then the top-level entries of `base` whose keys `block` does not show. */
function withKeysOf(block: string, base: string): string {
  const doc = parseDocument(base);
  const shown = keysOf(block);
  const rest = (doc.contents as unknown as { items: { key: { value: string } }[] }).items.filter((p) => !shown.has(p.key.value));
  if (rest.length === 0) return block;
  doc.contents = Object.assign(doc.contents as object, { items: rest }) as typeof doc.contents;
  doc.commentBefore = null;
  return `${block}${doc.toString()}`;
}

/** The files an example is linted with. */
function filesOf(example: Example, firstBad: Example | undefined): Record<string, string> {
  const files = new Map(example.files);
  if (example.kind === 'good' && !example.standalone && firstBad !== undefined) {
    for (const [name, text] of firstBad.files) {
      const mine = files.get(name);
      // A block that shows the file's id (org.yaml's name) stands for the whole file.
      const partial = mine !== undefined && !keysOf(mine).has(name === 'org.yaml' ? 'name' : 'id') && parseDocument(text).errors.length === 0;
      files.set(name, mine === undefined ? text : partial ? withKeysOf(mine, text) : mine);
    }
  }
  const out: Record<string, string> = {};
  for (const [name, text] of files) {
    out[name] = example.whole || name === 'org.yaml' ? text : withKeysOf(text, charterYaml(name.replace(/\.yaml$/, '')));
  }
  return out;
}

const pages = rules.map((r) => [r.meta.id, readFileSync(path.join(DOCS, `${r.meta.id}.md`), 'utf8')] as const);

describe('the examples in docs/rules/*.md', () => {
  it.each(pages)('%s: has a bad example with a quote, and a good example', (_, page) => {
    const examples = examplesOf(page);
    expect(examples.some((e) => e.kind === 'bad' && e.quotes.length > 0)).toBe(true);
    expect(examples.some((e) => e.kind === 'good')).toBe(true);
    for (const e of examples.filter((x) => x.kind === 'bad')) expect(e.quotes.length, `the bad example at line ${e.line} quotes what charter lint says`).toBeGreaterThan(0);
  });

  describe.each(pages)('%s', (rule, page) => {
    const examples = examplesOf(page);
    const firstBad = examples.find((e) => e.kind === 'bad');
    it.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))('%s', (_, example) => {
      const findings = lintFiles(filesOf(example, firstBad)).filter((f) => f.rule === rule);
      if (example.kind === 'good') {
        expect(findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
        return;
      }
      expect(findings.map((f) => f.message).sort()).toEqual(example.quotes.map((q) => q.message).sort());
      for (const q of example.quotes.filter((x) => x.help !== undefined)) {
        const finding = findings.find((f) => f.message === q.message) as (Finding & { help?: string }) | undefined;
        expect(finding?.help, `help of "${q.message}"`).toBe(q.help);
      }
    });
  });
});
