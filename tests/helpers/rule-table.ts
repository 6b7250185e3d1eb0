import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, RULE_FIXTURES } from './org.js';

/** An expected finding: file, line, column, severity, and a distinctive part of the message. */
export type ExpectedFinding = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

/** The fixture table of one rule: every case under tests/fixtures/rules/<rule>/{invalid,valid}/. */
export interface RuleFixtureTable {
  /** Invalid cases by directory name, each with every finding of the rule it must report, in order. */
  invalid: readonly (readonly [caseName: string, expected: readonly ExpectedFinding[]])[];
  /** Valid cases by directory name: the rule reports nothing on them. */
  valid: readonly string[];
}

/** The findings of `rule` on one fixture case, as `[file, line, column, severity, message]` rows. */
async function rowsOf(rule: string, kind: 'valid' | 'invalid', caseName: string): Promise<unknown[][]> {
  return (await lintFixture(rule, kind, caseName))
    .filter((f) => f.rule === rule)
    .map((f) => [f.file, f.line, f.column, f.severity, f.message]);
}

/** The rows an invalid case must produce: file, line, column and severity exactly, the message containing the given part. */
function expectedRows(expected: readonly ExpectedFinding[]): unknown[][] {
  return expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]);
}

/**
 * Defines the standard table-driven tests of a rule inside a `describe(rule)` block:
 *
 * - `invalid/<case>`: the rule reports exactly the expected findings on the case, in order
 *   (same file, line, column and severity; the message contains the expected part);
 * - `valid/<case>`: the rule reports nothing on the case;
 * - `has a table row for every fixture case`: the tables name exactly the fixture
 *   directories under tests/fixtures/rules/<rule>/{invalid,valid}/.
 *
 * Rule-specific tests go in `more`, which runs inside the same `describe` block.
 *
 * @param rule - the rule id, which is also its fixture directory name
 * @param table - the invalid cases with their expected findings, and the valid cases
 * @param more - optional further tests of the rule, defined beside the standard ones
 */
export function describeRuleFixtures(rule: string, table: RuleFixtureTable, more?: () => void): void {
  const { invalid, valid } = table;
  describe(rule, () => {
    it.each(invalid.map(([caseName, expected]) => [caseName, expected] as const))('invalid/%s', async (caseName, expected) => {
      expect(await rowsOf(rule, 'invalid', caseName)).toEqual(expectedRows(expected));
    });

    it.each([...valid])('valid/%s', async (caseName) => {
      expect(await rowsOf(rule, 'valid', caseName)).toEqual([]);
    });

    it('has a table row for every fixture case', () => {
      const cases = (kind: string) => readdirSync(path.join(RULE_FIXTURES, rule, kind)).sort();
      expect(cases('invalid')).toEqual(invalid.map(([name]) => name).sort());
      expect(cases('valid')).toEqual([...valid].sort());
    });

    more?.();
  });
}
