/**
 * A charter that cannot be read makes no false findings elsewhere (issue 11): the
 * function is known by its file name, its department is not empty, and the checks that
 * need what it says wait for it, with one note on the finding that caused it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charterYaml, lintDir, lintFiles } from './helpers/org.js';
import { runCli } from './helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ORG = 'tests/fixtures/org/unreadable';

describe('a charter that cannot be read', () => {
  it('knowledge-base.yaml with a duplicate key and services.yaml with a bad indent: only their own findings, each with one note', async () => {
    const findings = await lintDir(path.join(ROOT, ORG, 'charters'), path.join(ROOT, ORG));
    expect(findings.map((f) => [f.file, f.line, f.rule, f.messageId, f.message, f.help])).toEqual([
      [
        `charters/knowledge-base.yaml`,
        6,
        'yaml-syntax',
        'problem',
        '"mission" appears twice in the same mapping',
        'keep one (the first is at line 5); until it can be read, other charters\' references to "knowledge-base" count as right, and the checks that need what it says (register risks, products, its department "technical-success") wait',
      ],
      // No charter names capacity-risk, the unreadable ones included: still reported.
      [`charters/org.yaml`, 31, 'risk-orphaned', 'unmanaged', 'Register risk "capacity-risk" is managed by no charter', expect.any(String)],
      [
        `charters/services.yaml`,
        10,
        'yaml-syntax',
        'problem',
        'this key is not lined up with the keys above it',
        'the keys of one mapping start in the same column; until it can be read, other charters\' references to "services" count as right, and the checks that need what it says (register risks, products, its department "services") wait',
      ],
    ]);
  });

  it('charter deps says the same: the dependency on it waits, its file could not be read', async () => {
    const cwd = path.join(ROOT, ORG);
    const run = await runCli(['deps', '--format', 'json'], { cwd });
    const rows = (JSON.parse(run.stdout) as { from: string; to: string; status: string }[]).map((r) => [r.from, r.to, r.status]);
    expect(rows).toEqual([
      ['support', 'engineering', 'external'],
      ['support', 'knowledge-base', 'unknown'],
    ]);
    const table = await runCli(['deps'], { cwd, columns: 200 });
    expect(table.stdout).toContain('charters/knowledge-base.yaml could not be read; run charter lint');
  });

  it('a dependency on its department waits for it, as does a charter that depends on it alone', () => {
    const org = `name: Acme
executiveSponsor: CCO
customerNeeds:
  - { id: outcomes, name: Outcomes }
departments:
  - { id: client-outcomes, name: Client Outcomes, need: outcomes }
  - { id: scaled, name: Scaled CS, internal: true }
`;
    const csm = charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - team: scaled\n    for: Customers too small for a CSM\n  - team: digital\n    for: Emails');
    const broken = charterYaml('digital', '', 'scaled').replace('mission:', 'mission: one\nmission:');
    expect(lintFiles({ 'org.yaml': org, 'csm.yaml': csm, 'digital.yaml': broken }).map((f) => [f.file, f.rule])).toEqual([
      ['charters/digital.yaml', 'yaml-syntax'],
    ]);
    // Without the broken charter, both dependencies are reported: the test can fail.
    expect(lintFiles({ 'org.yaml': org, 'csm.yaml': csm }).map((f) => [f.file, f.rule, f.messageId])).toEqual([
      ['charters/csm.yaml', 'dependency-unacknowledged', 'emptyDepartment'],
      ['charters/csm.yaml', 'dependency-unknown', 'unknownTeam'],
      ['charters/org.yaml', 'department-empty', 'empty'],
    ]);
  });

  it('a charter that is not a mapping at all is known by its file name too; the note is on its schema finding', () => {
    const csm = charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - team: digital\n    for: Emails');
    const findings = lintFiles({ 'csm.yaml': csm, 'digital.yaml': '- just\n- a list\n' });
    expect(findings.map((f) => [f.file, f.rule, f.help])).toEqual([
      [
        'charters/digital.yaml',
        'schema',
        'until it can be read, other charters\' references to "digital" count as right, and the checks that need what it says (register risks, products, departments) wait',
      ],
    ]);
  });
});

describe('an org.yaml that cannot be read', () => {
  it('makes no team unknown: it may be one of its external teams; its finding says what waits', () => {
    const csm = charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - team: engineering\n    for: Fixes to bugs');
    const findings = lintFiles({ 'org.yaml': 'name: Acme\nname: Acme again\n', 'csm.yaml': csm });
    expect(findings.map((f) => [f.file, f.rule, f.help])).toEqual([
      [
        'charters/org.yaml',
        'yaml-syntax',
        'keep one (the first is at line 1); until org.yaml can be read, the checks that need it (departments, external teams, customer needs, products, leaders, the risk register) wait',
      ],
    ]);
    // Without any org.yaml, the same dependency is unknown.
    expect(lintFiles({ 'csm.yaml': csm }).map((f) => f.rule)).toEqual(['dependency-unknown']);
  });
});
