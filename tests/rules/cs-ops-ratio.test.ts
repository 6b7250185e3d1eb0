import { expect, it } from 'vitest';
import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';
import { lintFiles, rowsOf } from '../helpers/org.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const RULE = 'cs-ops-ratio';
const MESSAGE =
  '{n} people work as CSMs, and no one works on CS Operations; the practice suggests a first CS Ops hire at about 5 CSMs: add a function with "kind: operations", or mark the central team that does this work with "kind: operations" under externalTeams in org.yaml';

const invalid: [string, ExpectedFinding[]][] = [
  // csm and scaled-csm count together; reported at the headcount of the largest CSM function.
  ['no-operations', [['commercial-csm.yaml', 5, 12, 'warn', 'noOperations']]],
  ['operations-function-empty', [['csm.yaml', 5, 12, 'warn', 'noOperations']]],
  ['external-team-of-another-kind', [['csm.yaml', 5, 12, 'warn', 'noOperations']]],
];

// operations-without-headcount: a function of kind operations that does not say how many
// people it has is taken to have some. no-headcount, no-kind: nothing to count.
const valid = ['below-threshold', 'operations-function', 'operations-without-headcount', 'external-operations-team', 'no-headcount', 'no-kind'];

describeRuleFixtures(RULE, { invalid, valid }, () => {
  const dir = path.resolve(import.meta.dirname, '../fixtures/rules/cs-ops-ratio/valid/below-threshold');
  const files = { 'csm.yaml': readFileSync(path.join(dir, 'csm.yaml'), 'utf8'), 'digital.yaml': readFileSync(path.join(dir, 'digital.yaml'), 'utf8') };

  it('counts from the threshold option', () => {
    expect(rowsOf(lintFiles(files), RULE)).toEqual([]);
    const findings = lintFiles(files, { [RULE]: { options: { threshold: 4 } } }).filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.file, f.line, `${f.message}; ${f.help}`])).toEqual([['charters/csm.yaml', 5, MESSAGE.replace('{n}', '4').replace('about 5', 'about 4')]]);
  });
});
