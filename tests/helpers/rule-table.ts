import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { lintFixture, RULE_FIXTURES } from './org.js';

/** An expected finding of the rule under test: file, line, column, severity and messageId, all exact. */
export type ExpectedFinding = [file: string, line: number, column: number, severity: 'error' | 'warn', messageId: string];

/** A finding another rule is expected to report on a valid case (say the schema rule, where this rule must stay silent). */
export type OtherFinding = [file: string, line: number, rule: string, messageId: string];

/**
 * A valid case: its directory name when no rule at all reports on it, or the name with
 * every finding the other rules report on it (the rule under test reports none).
 */
export type ValidCase = string | readonly [caseName: string, others: readonly OtherFinding[]];

/** The fixture table of one rule: every case under tests/fixtures/rules/<rule>/{invalid,valid}/. */
export interface RuleFixtureTable {
  /** Invalid cases by directory name, each with every finding of the rule it must report, in order. */
  invalid: readonly (readonly [caseName: string, expected: readonly ExpectedFinding[]])[];
  /** Valid cases: the rule reports nothing on them, and the other rules only what is listed. */
  valid: readonly ValidCase[];
}

/** The findings of `rule` on one fixture case, as `[file, line, column, severity, messageId]` rows. */
async function rowsOf(rule: string, caseName: string): Promise<unknown[][]> {
  return (await lintFixture(rule, 'invalid', caseName))
    .filter((f) => f.rule === rule)
    .map((f) => [f.file, f.line, f.column, f.severity, f.messageId]);
}

/** Every finding of every rule on a valid case, as `[file, line, rule, messageId]` rows. */
const otherRows = (findings: readonly Finding[]): OtherFinding[] => findings.map((f) => [f.file, f.line, f.rule, f.messageId]);

const nameOf = (c: ValidCase): string => (typeof c === 'string' ? c : c[0]);

/**
 * Defines the standard table-driven tests of a rule inside a `describe(rule)` block:
 *
 * - `invalid/<case>`: the rule reports exactly the expected findings on the case, in order
 *   (same file, line, column, severity and messageId);
 * - `valid/<case>`: no rule reports anything on the case, except the other rules'
 *   findings the table lists (exactly those); the rule under test never does;
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
      expect(await rowsOf(rule, caseName)).toEqual(expected);
    });

    it.each(valid.map((c) => [nameOf(c), typeof c === 'string' ? [] : c[1]] as const))('valid/%s', async (caseName, others) => {
      const findings = await lintFixture(rule, 'valid', caseName);
      expect(others.filter(([, , other]) => other === rule), 'a valid case lists a finding of the rule under test').toEqual([]);
      expect(otherRows(findings)).toEqual(others);
    });

    it('has a table row for every fixture case', () => {
      const cases = (kind: string) => readdirSync(path.join(RULE_FIXTURES, rule, kind)).sort();
      expect(cases('invalid')).toEqual(invalid.map(([name]) => name).sort());
      expect(cases('valid')).toEqual(valid.map(nameOf).sort());
    });

    more?.();
  });
}
