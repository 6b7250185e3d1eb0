import { describe, expect, it } from 'vitest';
import {
  applyBulkSuppressions,
  countFindings,
  entryPaths,
  parseSuppressions,
  pruneSuppressions,
  serializeSuppressions,
  suppressFindings,
} from '../../src/suppress/bulk.js';
import type { Finding } from '../../src/findings/finding.js';

const finding = (file: string, rule: string, line = 1): Finding => ({
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  rule,
  messageId: 'm',
  severity: 'warn',
  message: `${rule} at ${line}`,
});

const paths = entryPaths('/org', '/org/charter-suppressions.json');

describe('bulk suppressions', () => {
  const old = [finding('charters/a.yaml', 'placeholder', 1), finding('charters/a.yaml', 'placeholder', 5), finding('charters/b.yaml', 'risk-orphaned'), finding('charters/b.yaml', 'schema')];

  it('count findings per file and rule, never the ones that must be fixed', () => {
    expect(countFindings(old, paths)).toEqual({ 'charters/a.yaml': { placeholder: { count: 2 } }, 'charters/b.yaml': { 'risk-orphaned': { count: 1 } } });
  });

  it('hide a file\'s problems of a rule up to the count, and show them all once there are more', () => {
    const entries = countFindings(old, paths);
    expect(applyBulkSuppressions(old, entries, paths)).toEqual({ kept: [old[3]], suppressed: 3, unused: [] });
    const more = [...old, finding('charters/a.yaml', 'placeholder', 9)];
    const outcome = applyBulkSuppressions(more, entries, paths);
    expect(outcome.kept.map((f) => [f.file, f.rule, f.line])).toEqual([
      ['charters/a.yaml', 'placeholder', 1],
      ['charters/a.yaml', 'placeholder', 5],
      ['charters/b.yaml', 'schema', 1],
      ['charters/a.yaml', 'placeholder', 9],
    ]);
    expect(outcome.suppressed).toBe(1);
  });

  it('report entries that match nothing, within the files reported on', () => {
    const entries = countFindings(old, paths);
    const fixed = [old[0]!, old[3]!];
    expect(applyBulkSuppressions(fixed, entries, paths).unused).toEqual([{ file: 'charters/b.yaml', rule: 'risk-orphaned', count: 1 }]);
    expect(applyBulkSuppressions(fixed, entries, paths, (f) => f === 'charters/a.yaml').unused).toEqual([]);
  });

  it('--suppress-rule replaces the counts of one rule and keeps the others; prune lowers counts and drops the unused', () => {
    const entries = countFindings(old, paths);
    const now = [finding('charters/a.yaml', 'placeholder'), finding('charters/c.yaml', 'risk-orphaned')];
    expect(suppressFindings(entries, now, paths, new Set(['risk-orphaned']))).toEqual({
      'charters/a.yaml': { placeholder: { count: 2 } },
      'charters/c.yaml': { 'risk-orphaned': { count: 1 } },
    });
    expect(pruneSuppressions(entries, now, paths)).toEqual({ 'charters/a.yaml': { placeholder: { count: 1 } } });
  });

  it('name files relative to the suppressions file, and write them sorted', () => {
    const nested = entryPaths('/org/cs', '/org/charter-suppressions.json');
    expect(nested.toEntry('charters/a.yaml')).toBe('cs/charters/a.yaml');
    expect(serializeSuppressions({ b: { z: { count: 1 }, a: { count: 2 } }, a: { x: { count: 3 } } })).toBe(
      '{\n  "a": {\n    "x": {\n      "count": 3\n    }\n  },\n  "b": {\n    "a": {\n      "count": 2\n    },\n    "z": {\n      "count": 1\n    }\n  }\n}\n',
    );
  });

  it('refuse a file of the wrong shape with one line naming it', () => {
    expect(() => parseSuppressions('[1]', 'charter-suppressions.json')).toThrow('charter-suppressions.json: the file must hold one JSON object');
    expect(() => parseSuppressions('{"a.yaml": {"placeholder": {"count": "2"}}}', 'charter-suppressions.json')).toThrow(
      'charter-suppressions.json: "a.yaml" > "placeholder" has no whole "count"; each entry reads "<file>": { "<rule>": { "count": <number> } }',
    );
  });
});
