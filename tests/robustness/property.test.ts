/**
 * Property-based: valid charters, mutated every way a hand can slip (keys deleted,
 * duplicated, retyped and reordered, values of the wrong type, random characters and
 * YAML punctuation typed anywhere, lines duplicated, swapped and re-indented), never
 * make lint throw; every finding has a known rule, a message and a position within its
 * file; the json output holds exactly the findings and counts their errors; and through
 * the command line the exit code says whether there were errors.
 *
 * Metamorphic: writing the same data another way (keys or list items in another
 * order, comments added, flow style instead of block style) changes no finding's rule
 * or message, only positions.
 *
 * Seeded and bounded: CHARTER_FC_SEED and CHARTER_FC_RUNS override the defaults
 * (tests/helpers/fast-check.ts). On a failure fast-check prints the seed and the path
 * of the shrunk counterexample; run again with CHARTER_FC_SEED=<seed> to reproduce it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Document, isMap, isSeq, stringify, visit } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { json } from '../../src/format/json.js';
import { defaultSettings } from '../../src/config/settings.js';
import { lintProject } from '../../src/lint/lint.js';
import { parseText } from '../../src/load/parse.js';
import type { SourceFile } from '../../src/load/source.js';
import { fromSources } from '../../src/project/load.js';
import { rules } from '../../src/rules/index.js';
import { runCli } from '../helpers/cli.js';
import { fcParams, timeoutFor } from '../helpers/fast-check.js';
import { charterYaml } from '../helpers/org.js';
import { tempDir } from './helpers.js';

/** Runs of the main property by default: a few seconds, a wide margin under the timeout on a two-core CI machine. */
const DEFAULT_RUNS = 500;
const MAIN = fcParams(DEFAULT_RUNS);
/** The command line costs more a run: a twentieth as many. */
const CLI = fcParams(DEFAULT_RUNS, 1 / 20);
/** Each metamorphic case lints twice, and there are four rewrites: an eighth as many each. */
const METAMORPHIC = fcParams(DEFAULT_RUNS, 1 / 8);

const SAMPLE = path.resolve(import.meta.dirname, '../../charters');
/** The valid charters mutations start from: the sample org's, and the test helper's. */
const BASES: { name: string; text: string }[] = [
  ...readdirSync(SAMPLE)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(SAMPLE, name), 'utf8') })),
  { name: 'fuzz.yaml', text: charterYaml('fuzz') },
];
const ORG = BASES.find((b) => b.name === 'org.yaml')!;

// ---------------------------------------------------------------------------
// Mutations of the data: the document as a person meant it, changed.

type Data = unknown;
type Path = (string | number)[];

/** Every path into `value` (iteratively; the data is small, but the habit is cheap). */
function pathsOf(value: Data): Path[] {
  const out: Path[] = [];
  const stack: { v: Data; p: Path }[] = [{ v: value, p: [] }];
  while (stack.length > 0) {
    const { v, p } = stack.pop()!;
    out.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, p: [...p, i] }));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push({ v: x, p: [...p, k] });
  }
  return out;
}

function parentOf(root: Data, p: Path): Data {
  let v = root;
  for (const seg of p.slice(0, -1)) v = (v as Record<string | number, Data>)[seg];
  return v;
}

/** A value of any type a person might type where another belongs. */
const anyValue: fc.Arbitrary<Data> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', 'yes', 'no', 'on', 'TODO', 'CSM', 'Client Outcomes', 'csm team ', 'cѕm', 'a: b', '- x', '[x', '#x', '*x', '&x'),
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('id', 'name', 'team', 'for', 'x-y', 'mision', 'activities'), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 3 }),
);

type DataOp =
  | { op: 'delete'; at: number }
  | { op: 'retype'; at: number; value: Data }
  | { op: 'reorder'; at: number; seed: number }
  | { op: 'duplicate-item'; at: number }
  | { op: 'rename-key'; at: number; key: string };

const dataOp: fc.Arbitrary<DataOp> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), value: anyValue }),
  fc.record({ op: fc.constant('reorder' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-item' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('rename-key' as const), at: fc.nat(), key: fc.constantFrom('mision', 'Name', 'team', 'on', 'x-notes', '', '1', 'activities') }),
);

function applyDataOp(root: Data, op: DataOp): Data {
  const paths = pathsOf(root);
  const p = paths[op.at % paths.length]!;
  if (p.length === 0) return op.op === 'retype' ? op.value : root;
  const parent = parentOf(root, p) as Record<string | number, Data> & Data[];
  const last = p[p.length - 1]!;
  switch (op.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'retype':
      parent[last] = op.value;
      break;
    case 'reorder': {
      const target = parent[last];
      if (Array.isArray(target)) target.sort(() => ((op.seed = (op.seed * 1103515245 + 12345) % 2 ** 31) % 3) - 1);
      else if (target !== null && typeof target === 'object') {
        const entries = Object.entries(target).reverse();
        parent[last] = Object.fromEntries(entries);
      }
      break;
    }
    case 'duplicate-item':
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(parent[last as number]));
      break;
    case 'rename-key':
      if (!Array.isArray(parent) && typeof last === 'string') {
        parent[op.key] = parent[last];
        delete parent[last];
      }
      break;
  }
  return root;
}

// ---------------------------------------------------------------------------
// Mutations of the text: slips of the keyboard, YAML punctuation, white space.

const typed = fc.oneof(
  fc.constantFrom(':', ': ', '- ', '-', '[', ']', '{', '}', ',', '#', ' #', '&a ', '*a', '!', '!!str ', '|', '>', '"', "'", '%', '@', '`', '? ', '---\n', '...\n', '\t', '\n', '  ', '\r\n', '\ufeff', '\\', '\u00a0', '\u200b', 'ѕ', '\u0000', '*', '&'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

type TextOp =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line'; line: number }
  | { op: 'swap-lines'; line: number; other: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'crlf' };

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: typed }) },
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('crlf' as const) }),
);

function applyTextOp(text: string, op: TextOp): string {
  const lines = text.split('\n');
  switch (op.op) {
    case 'insert': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + op.text + text.slice(at);
    }
    case 'delete': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + op.length);
    }
    case 'duplicate-line': {
      const i = op.line % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const i = op.line % lines.length;
      const j = op.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent': {
      const i = op.line % lines.length;
      lines[i] = op.by >= 0 ? ' '.repeat(op.by) + lines[i]! : lines[i]!.replace(new RegExp(`^ {0,${-op.by}}`), '');
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
  }
}

/** A mutated charter: a base, its data changed and written out again (or not), then its text changed. */
const mutatedFile = fc
  .record({
    base: fc.nat(),
    dataOps: fc.array(dataOp, { maxLength: 4 }),
    textOps: fc.array(textOp, { maxLength: 8 }),
  })
  .map(({ base, dataOps, textOps }) => {
    const { name, text } = BASES[base % BASES.length]!;
    let start = text;
    if (dataOps.length > 0) {
      let data: Data = structuredClone(lintableData(text));
      for (const op of dataOps) data = applyDataOp(data, op);
      start = stringify(data);
    }
    return { name, text: textOps.reduce(applyTextOp, start) };
  });

const parsedBases = new Map<string, Data>();
/** A base's data, read by the project's own parser (the bases are valid). */
function lintableData(text: string): Data {
  let data = parsedBases.get(text);
  if (data === undefined) {
    data = parseText({ path: '/base.yaml', kind: 'charter' }, 'base.yaml', text).data;
    parsedBases.set(text, data);
  }
  return data;
}

/** Mutated files for one run: one or two charters, org.yaml kept, mutated or left out. */
const project = fc
  .record({
    charters: fc.array(mutatedFile, { minLength: 1, maxLength: 2 }),
    org: fc.oneof(
      fc.constant('keep' as const),
      fc.constant('drop' as const),
      fc.record({ dataOps: fc.array(dataOp, { maxLength: 2 }), textOps: fc.array(textOp, { maxLength: 3 }) }).map(({ dataOps, textOps }) => ({
        text: textOps.reduce(applyTextOp, dataOps.length === 0 ? ORG.text : stringify(dataOps.reduce(applyDataOp, structuredClone(lintableData(ORG.text))))),
      })),
    ),
  })
  .map(({ charters, org }) => {
    const files: Record<string, string> = {};
    charters.forEach((c, i) => {
      files[c.name === 'org.yaml' ? `mutated-org-${i}.yaml` : c.name] = c.text;
    });
    if (org === 'keep') files['org.yaml'] = ORG.text;
    else if (org !== 'drop') files['org.yaml'] = org.text;
    return files;
  });

// ---------------------------------------------------------------------------
// The properties.

/** What must hold of any lint result; returns the broken promises, if any. */
function problemsWith(findings: readonly Finding[], files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const name = f.file.replace(/^charters\//, '');
    const text = files[name];
    const where = `${f.file}:${f.line}:${f.column} [${f.rule}] ${f.message}`;
    if (text === undefined) out.push(`finding in a file that was not linted: ${where}`);
    if (!RULE_IDS.has(f.rule)) out.push(`unknown rule: ${where}`);
    if (f.message.trim() === '') out.push(`empty message: ${where}`);
    if (f.severity !== 'error' && f.severity !== 'warn') out.push(`bad severity: ${where}`);
    const lines = (text ?? '').replace(/^\ufeff/, '').split('\n').length;
    if (!(f.line >= 1 && f.line <= lines && f.column >= 1 && f.endLine >= f.line && f.endLine <= lines)) out.push(`position outside the file (${lines} lines): ${where}`);
  }
  return out;
}

const RULE_IDS = new Set(rules.map((r) => r.meta.id));

/** What json output keeps of a finding, for comparing. */
const keyOf = (f: Finding) => [f.file, f.line, f.column, f.endLine, f.endColumn, f.rule, f.severity, f.message];
const SETTINGS = defaultSettings(rules);

/**
 * What tests/helpers/org.ts lintFiles does, with the files that come back unchanged
 * (org.yaml, most often) parsed once: parsing is most of the time of a run.
 */
const parsed = new Map<string, SourceFile>();
function lintFiles(files: Record<string, string>): Finding[] {
  const sources = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, text]) => {
      const key = `${name}\u0000${text}`;
      let source = parsed.get(key);
      if (source === undefined) {
        source = parseText({ path: path.join('/virtual/charters', name), kind: name === 'org.yaml' ? 'org' : 'charter' }, `charters/${name}`, text);
        if (parsed.size < 100) parsed.set(key, source);
      }
      return source;
    });
  return lintProject(fromSources(sources), SETTINGS);
}

const report = (findings: Finding[], files: number) => ({ findings, files, charters: files, hasOrg: true, version: '0', rules: [], cwd: '/', root: '/' });

describe('lint on mutated charters (property-based)', () => {
  it(`never throws; findings have a known rule, a message and a position in the file; json holds them all (${MAIN.numRuns} cases, seed ${MAIN.seed})`, { timeout: timeoutFor(MAIN.numRuns, 40) }, () => {
    fc.assert(
      fc.property(project, (files) => {
        const findings = lintFiles(files);
        expect(problemsWith(findings, files)).toEqual([]);
        const parsed = JSON.parse(json(report(findings, Object.keys(files).length), { color: false })) as { findings: Finding[]; summary: { errors: number; warnings: number } };
        expect(parsed.findings.map(keyOf)).toEqual(findings.map(keyOf));
        expect(parsed.summary.errors).toBe(findings.filter((f) => f.severity === 'error').length);
        expect(parsed.summary.warnings).toBe(findings.length - parsed.summary.errors);
      }),
      MAIN,
    );
  });

  describe('through the command line', () => {
    let dir: string;
    let remove: () => void;
    beforeAll(() => {
      ({ dir, remove } = tempDir());
    });
    afterAll(() => remove());

    it(`exits 1 exactly when there are errors, with json that parses and counts every file (${CLI.numRuns} cases, seed ${CLI.seed})`, { timeout: timeoutFor(CLI.numRuns, 400) }, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(project, async (files) => {
          const charters = path.join(dir, `run-${n++}`, 'charters');
          mkdirSync(charters, { recursive: true });
          for (const [name, text] of Object.entries(files)) writeFileSync(path.join(charters, name), text);
          const run = await runCli(['lint', 'charters', '--format', 'json'], { cwd: path.dirname(charters) });
          rmSync(path.dirname(charters), { recursive: true, force: true });
          expect(run.stderr).toBe('');
          const out = JSON.parse(run.stdout) as { findings: Finding[]; summary: { files: number; errors: number } };
          expect(out.summary.files).toBe(Object.keys(files).length);
          expect(run.code).toBe(out.findings.some((f) => f.severity === 'error') ? 1 : 0);
          expect(out.summary.errors).toBe(out.findings.filter((f) => f.severity === 'error').length);
          expect(problemsWith(out.findings, files)).toEqual([]);
        }),
        CLI,
      );
    });
  });
});

// ---------------------------------------------------------------------------
// Metamorphic: the same data, written another way.

/**
 * A finding with its position left out, and the positions its message quotes masked
 * (line numbers; with `order`, also the place of a list item, as in "risk 15", and the
 * order of a list of quoted values, which follows the file): what must not change.
 */
function meaningOf(f: Finding, order: boolean): string {
  let message = f.message.replace(/\.yaml:\d+/g, '.yaml:N').replace(/\blines? \d+(-\d+)?/g, 'line N');
  if (order) {
    message = message
      .replace(/\b([a-z]+) \d+\b(?! (of the|more))/gi, '$1 N')
      .replace(/"[^"]*"(?:(?:, | or | and )"[^"]*")+/g, (list) => (list.match(/"[^"]*"/g) ?? []).sort().join(', '));
  }
  return `${f.file}\t${f.rule}\t${f.severity}\t${message}`;
}

/** The findings of a run as sorted meanings. */
const meanings = (files: Record<string, string>, order: boolean): string[] =>
  lintFiles(files)
    .map((f) => meaningOf(f, order))
    .sort();

/** A pseudo-random permutation of `items`, by `seed`. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Rewrite = 'reorder-keys' | 'reorder-items' | 'comments' | 'flow';

/** `data` written as YAML by `rewrite` (keys and items reordered, comments added, or flow style). */
function written(data: Data, rewrite: Rewrite, seed: number): string {
  const doc = new Document(data);
  let n = seed;
  visit(doc, {
    Map(_, map) {
      if (rewrite === 'reorder-keys') map.items = shuffled(map.items, n++);
    },
    Seq(_, seq) {
      if (rewrite === 'reorder-items') seq.items = shuffled(seq.items, n++);
    },
    Pair(_, pair) {
      if (rewrite === 'comments' && n++ % 2 === 0 && (pair.key as { commentBefore?: string } | null) !== null) {
        (pair.key as { commentBefore?: string }).commentBefore = ' a note of the author';
      }
    },
  });
  if (rewrite === 'comments') doc.commentBefore = ' written by hand';
  if (rewrite === 'flow') {
    visit(doc, {
      Map: (_, node) => void (node.flow = true),
      Seq: (_, node) => void (node.flow = true),
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** One or two charters and org.yaml whose data was mutated (so that there are findings), each as data. */
const mutatedData = fc
  .record({
    charters: fc.array(fc.record({ base: fc.nat(), dataOps: fc.array(dataOp, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 2 }),
    orgOps: fc.array(dataOp, { maxLength: 2 }),
  })
  .map(({ charters, orgOps }) => {
    const files: Record<string, Data> = {};
    charters.forEach(({ base, dataOps }, i) => {
      const { name, text } = BASES[base % BASES.length]!;
      files[name === 'org.yaml' ? `mutated-org-${i}.yaml` : name] = dataOps.reduce(applyDataOp, structuredClone(lintableData(text)));
    });
    files['org.yaml'] = orgOps.reduce(applyDataOp, structuredClone(lintableData(ORG.text)));
    return files;
  });

describe('the same data written another way (metamorphic)', () => {
  it.each<Rewrite>(['reorder-keys', 'reorder-items', 'comments', 'flow'])(
    `%s changes no finding's rule or message (${METAMORPHIC.numRuns} cases, seed ${METAMORPHIC.seed})`,
    { timeout: timeoutFor(METAMORPHIC.numRuns, 80) },
    (rewrite) => {
      let changed = 0;
      fc.assert(
        fc.property(mutatedData, fc.nat(), (data, seed) => {
          const plain: Record<string, string> = {};
          const other: Record<string, string> = {};
          for (const [name, value] of Object.entries(data)) {
            plain[name] = new Document(value).toString({ lineWidth: 0 });
            other[name] = written(value, rewrite, seed);
          }
          if (Object.keys(plain).some((name) => plain[name] !== other[name])) changed++;
          expect(meanings(other, rewrite === 'reorder-items')).toEqual(meanings(plain, rewrite === 'reorder-items'));
        }),
        METAMORPHIC,
      );
      // The rewrite did rewrite: a property over unchanged text would prove nothing.
      expect(changed).toBeGreaterThan(0);
    },
  );
});
