/**
 * References that look right and are not: ids that differ only in case, ids with
 * letters of other alphabets or stray spaces, and a team that is the function itself
 * through its department. Each gets a finding at the reference that names the right id.
 */
import { describe, expect, it } from 'vitest';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { rows, type Row } from './helpers.js';

const ORG = `name: Acme Customer Success
executiveSponsor: Chief Customer Officer
customerNeeds:
  - id: achieve-outcomes
    name: Achieve business outcomes
departments:
  - id: client-outcomes
    name: Client Outcomes
    need: achieve-outcomes
  - id: cs-operations
    name: Customer Success Operations
    internal: true
externalTeams:
  - id: product
    name: Product
risks:
  - id: renewal-risk
    name: Renewal risk
`;

/** A clean org of two functions (csm in client-outcomes, cs-ops alone in cs-operations), with csm's text changed. */
function lintOrg(change: (csm: string) => string, ops = charterYaml('cs-ops', '', 'cs-operations')): ReturnType<typeof lintFiles> {
  const csm = charterYaml('csm').replace('    mitigatedBy: [reviews]', '    ref: renewal-risk\n    mitigatedBy: [reviews]\n    monitoredBy: [habits]');
  return lintFiles({ 'org.yaml': ORG, 'csm.yaml': change(csm), 'cs-ops.yaml': ops });
}

const CSM = 'charters/csm.yaml';
const dependency = (team: string) => (csm: string) => csm.replace('dependencies: []', `dependencies:\n  - team: ${team}\n    for: Keep the tools running.`);

describe('ids that differ only in case: the finding names the right id', () => {
  it('the clean org has no findings', () => {
    expect(lintOrg((csm) => csm)).toEqual([]);
  });

  const kebab = (value: string, right: string) => `"${value}" is not a valid id\nhelp: use lowercase letters, digits and single hyphens (kebab-case), such as "${right}"`;

  it.each<[string, (csm: string) => string, Row[]]>([
    ['a dependency on a function', dependency('CS-Ops'), [[CSM, 21, 11, 'schema', kebab('CS-Ops', 'cs-ops')]]],
    ['a dependency on a department', dependency('CS-Operations'), [[CSM, 21, 11, 'schema', kebab('CS-Operations', 'cs-operations')]]],
    ['a dependency on an external team', dependency('Product'), [[CSM, 21, 11, 'schema', kebab('Product', 'product')]]],
    ['a department', (csm) => csm.replace('department: client-outcomes', 'department: ClientOutcomes'), [[CSM, 3, 13, 'schema', kebab('ClientOutcomes', 'client-outcomes')]]],
    ['a risk of the register', (csm) => csm.replace('ref: renewal-risk', 'ref: Renewal-Risk'), [[CSM, 17, 10, 'schema', kebab('Renewal-Risk', 'renewal-risk')]]],
    ['an activity of a risk', (csm) => csm.replace('mitigatedBy: [reviews]', 'mitigatedBy: [Reviews]'), [[CSM, 18, 19, 'schema', kebab('Reviews', 'reviews')]]],
    ['a metric of a risk', (csm) => csm.replace('monitoredBy: [habits]', 'monitoredBy: [HABITS]'), [[CSM, 19, 19, 'schema', kebab('HABITS', 'habits')]]],
    [
      'a function in fulfils',
      (csm) => csm.replace('    name: Run business reviews for csm', '    name: Run business reviews for csm\n    fulfils: [CSOps]'),
      [[CSM, 14, 15, 'schema', '"CSOps" is not a valid fulfils entry\nhelp: write "<function-id>" or "<function-id>/<dependency-id>" in kebab-case, such as "cs-ops"']],
    ],
  ])('%s', (_, change, expected) => {
    // Only the schema's finding: what other rules say where a value was dropped is theirs to test.
    const inCsm = lintOrg(change).filter((f) => f.file === CSM && f.rule === 'schema');
    expect(rows(inCsm, expected)).toEqual(expected);
  });
});

describe('ids with letters of other alphabets or stray spaces', () => {
  it.each<[string, string, string]>([
    ['a Cyrillic "о"', 'cs-оps', '(it contains "о" (U+043E), a letter of another alphabet that looks like the Latin "o"; retype it)'],
    ['a Greek "ρ"', 'cs-oρs', '(it contains "ρ" (U+03C1), a letter of another alphabet that looks like the Latin "p"; retype it)'],
    ['a space inside quotes', '" cs-ops"', '(it starts with a space; remove it)'],
    ['a non-breaking space', 'cs-ops\u00a0', '(it ends with an invisible space character (U+00A0); remove it)'],
  ])('%s in a dependency: the finding says which character, and the right id', (_, team, why) => {
    const findings = lintOrg(dependency(team));
    expect(findings.map((f) => [f.file, f.line, f.column, f.rule])).toEqual([[CSM, 21, 11, 'schema']]);
    expect(findings[0]?.message).toContain(why);
    expect(findings[0]?.help).toMatch(/such as "cs-ops"$/);
  });
});

describe('a team that is the function itself', () => {
  it('through its department, when it is the only function there', () => {
    const findings = lintOrg((csm) => csm, charterYaml('cs-ops', 'x-note: keep\n', 'cs-operations').replace('dependencies: []', 'dependencies:\n  - team: cs-operations\n    for: Keep the tools running.'));
    const expected: Row[] = [
      ['charters/cs-ops.yaml', 19, 11, 'dependency-self', '"cs-operations" is this function\'s department, and it is its only function'],
    ];
    expect(rows(findings, expected)).toEqual(expected);
  });

  it('by its own id', () => {
    const findings = lintOrg(dependency('csm'));
    expect(findings.map((f) => [f.file, f.line, f.column, f.rule])).toEqual([[CSM, 21, 11, 'dependency-self']]);
  });

  it('its department is no self-dependency when another function is in it', () => {
    const ops2 = charterYaml('cs-ops', '', 'cs-operations').replace(
      'dependencies: []',
      'dependencies:\n  - team: cs-operations\n    for: Keep the tools running.',
    );
    const findings = lintFiles({ 'org.yaml': ORG, 'csm.yaml': charterYaml('csm'), 'cs-ops.yaml': ops2, 'tooling.yaml': charterYaml('tooling', '', 'cs-operations') });
    expect(findings.filter((f) => f.rule === 'dependency-self')).toEqual([]);
  });
});
