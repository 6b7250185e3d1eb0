/**
 * The YAML error translator reads the parser's error codes and the syntax tree, never
 * the parser's English messages (a minor release of the parser may reword them): with
 * every message replaced by a placeholder, every file gets the same problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments, YAMLError } from 'yaml';
import { parseText } from '../../src/load/parse.js';

const PLACEHOLDER = 'a message the translator must not read';

/** Every YAMLError made while `run` runs says only {@link PLACEHOLDER}. */
function withPlaceholderMessages<T>(run: () => T): T {
  Object.defineProperty(YAMLError.prototype, 'message', {
    configurable: true,
    get: () => PLACEHOLDER,
    set: () => undefined,
  });
  try {
    return run();
  } finally {
    delete (YAMLError.prototype as { message?: string }).message;
  }
}

afterEach(() => {
  delete (YAMLError.prototype as { message?: string }).message;
});

/** The problems of one text, as a user sees them. */
function problems(text: string): unknown {
  return parseText({ path: '/x/bad.yaml', kind: 'charter' }, 'bad.yaml', text).syntaxProblems;
}

/** Mistakes of every kind the translator puts in words, and some it does not. */
const MISTAKES = [
  'id: bad\nname: [unclosed\n\n',
  'id: bad\nname: {x: 1\n',
  'id: bad\nname: "csm team\ndepartment: d\n',
  "id: 'bad\nname: x\n",
  "id: bad\nname: 'Customer's journey'\n",
  'id: bad\n  name: b\n',
  'id: bad\nx-notes:\n    a: 1\n  b: 2\n',
  'id: bad\nname: CSMs: Client Outcomes\n',
  'id:bad\nname: b\n',
  'id\nname: b\n',
  'id: bad\nname\n',
  'id: bad\n- name: b\n',
  'id: bad\nx-list:\n   - a\n  - b\n',
  'id: bad\nactivities:\n  - id: a\n   name: b\n',
  'id: bad\nname: [a]]\n',
  'id: bad\nname: [a b: c d: e]\n',
  'id: bad\nname: [a,, b]\n',
  'id: bad\nname: "C:\\Users\\csm"\n',
  'id: bad\nowner: @csm-lead\n',
  'id: bad\nname: "csm"#team\n',
  'id: bad\nmission: |x\n  Help.\n',
  'id: bad\nname: & co\n',
  'id: bad\nname: *team-name\n',
  'id: bad\nname: &a &b x\n',
  'id: bad\nname: &a: x\n',
  'id: bad\nname: !team csm\n',
  '%TEAM csm\n---\nid: bad\n',
  '%YAML 1.2\nid: bad\n',
  '--- id: bad\n',
  `${'k'.repeat(1100)}: v\n`,
  'id: bad\n? [a, b]\n: c\n',
  'id: bad\nactivities:\n\t- id: x\n',
  'id: bad\nname: a\nname: b\n',
  'id: bad\nname: "a" "b"\n',
  'id: bad\nname: x\n  y: z\n    w\n',
  '[' .repeat(2000),
];

/** A charter from the fixtures, with one small mistake put in at places spread over it. */
function mutations(): string[] {
  const dir = path.join(import.meta.dirname, '../golden/orgs/defective/charters');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .slice(0, 4)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const inserts = ['"', "'", '[', '{', ']', '}', ':', '#', '&', '*', '!', '- ', ',', '\t', '%', '|', '  ', '\n  ', '{a: ', '? '];
  const out: string[] = [];
  for (const text of texts) {
    for (let k = 0; k < 60; k++) {
      const at = Math.floor((text.length * (k + 0.5)) / 60);
      const insert = inserts[k % inserts.length]!;
      out.push(text.slice(0, at) + insert + text.slice(at));
      const lineStart = text.lastIndexOf('\n', at) + 1;
      out.push(text.slice(0, lineStart) + text.slice(lineStart).replace(/^ {1,2}/, ''));
    }
  }
  return out;
}

describe('the YAML error translator does not read the parser\'s messages', () => {
  it('the placeholder takes the place of every message (so the comparisons below can fail)', () => {
    const messages = withPlaceholderMessages(() => parseAllDocuments('a: [b\n')[0]?.errors.map((e) => e.message));
    expect(messages?.length).toBeGreaterThan(0);
    expect(new Set(messages)).toEqual(new Set([PLACEHOLDER]));
    expect(parseAllDocuments('a: [b\n')[0]?.errors[0]?.message).not.toBe(PLACEHOLDER);
  });

  it.each(MISTAKES.map((t) => [JSON.stringify(t.slice(0, 40)), t]))('%s: the same problems with placeholder messages', (_, text) => {
    const expected = problems(text);
    expect(expected).not.toEqual([]);
    expect(withPlaceholderMessages(() => problems(text))).toEqual(expected);
  });

  it('the same problems on 480 mutated fixture charters', () => {
    const texts = mutations();
    const expected = texts.map(problems);
    expect(expected.filter((p) => (p as unknown[]).length > 0).length).toBeGreaterThan(100);
    expect(withPlaceholderMessages(() => texts.map(problems))).toEqual(expected);
  });

  it('no problem quotes the parser\'s own words', () => {
    for (const text of [...MISTAKES, ...mutations()]) {
      for (const p of problems(text) as { message: string; help?: string }[]) {
        expect(`${p.message} ${p.help ?? ''}`).not.toMatch(/YAML syntax error:|at line \d+, column \d+|Implicit|Unexpected|flow-seq|block-seq/);
      }
    }
  });
});
