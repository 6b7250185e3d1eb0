import { describe, expect, it } from 'vitest';
import { compareOrgs, type DiffSide } from '../../src/diff/compare.js';
import { describeChange } from '../../src/diff/describe.js';
import { diffFindings } from '../../src/diff/findings.js';
import { pathText } from '../../src/diff/types.js';
import type { Finding } from '../../src/findings/finding.js';
import { lintProject } from '../../src/lint/lint.js';
import { charterYaml, projectOf } from '../helpers/org.js';

function side(label: string, files: Record<string, string>): DiffSide {
  const project = projectOf(files);
  return { label, model: project.model, findings: lintProject(project) };
}

const ORG = `name: Acme CS
executiveSponsor: Chief Customer Officer
customerNeeds:
  - id: outcomes
    name: Achieve business outcomes
  - id: answers
    name: Get answers to questions
departments:
  - id: client-outcomes
    name: Client Outcomes
    need: outcomes
  - id: technical-success
    name: Technical Success
    need: answers
externalTeams:
  - id: product
    name: Product
`;

const csm = (extra = '') =>
  charterYaml(
    'csm',
    extra,
  ).replace('dependencies: []\n', 'dependencies:\n  - id: break-fix\n    team: support\n    for: Answering break-fix questions.\n');
const support = (fulfils: boolean, department = 'technical-success') =>
  charterYaml('support', '', department).replace('    name: Run business reviews for support\n', `    name: Troubleshoot tickets\n${fulfils ? '    fulfils: [csm/break-fix]\n' : ''}`);

describe('compareOrgs', () => {
  it('reports a dependency that becomes acknowledged again, by which activity', () => {
    const base = side('a', { 'org.yaml': ORG, 'csm.yaml': csm(), 'support.yaml': support(false) });
    const head = side('b', { 'org.yaml': ORG, 'csm.yaml': csm(), 'support.yaml': support(true) });
    const diff = compareOrgs(base, head);
    expect(diff.dependencies).toEqual([
      {
        from: 'csm',
        to: 'support',
        id: 'break-fix',
        for: 'Answering break-fix questions.',
        before: 'unacknowledged',
        after: 'acknowledged',
        fulfilledByBefore: [],
        fulfilledByAfter: ['support/reviews'],
      },
    ]);
    expect(diff.findings.fixed.map((f) => f.rule)).toEqual(['dependency-unacknowledged']);
    expect(diff.findings.introduced).toEqual([]);
    expect(diff.functions.changed.map((c) => [c.id, c.changes.map((x) => [pathText(x.at), x.kind, x.before, x.after])])).toEqual([
      ['support', [['activities.reviews.fulfils', 'added', undefined, 'csm/break-fix']]],
    ]);
  });

  it('reports a function moved to another department, and a customer need left without one', () => {
    const noAnswers = ORG.replace('    need: answers\n', '    internal: true\n');
    const base = side('a', { 'org.yaml': ORG, 'csm.yaml': csm(), 'support.yaml': support(true) });
    const head = side('b', { 'org.yaml': noAnswers, 'csm.yaml': csm(), 'support.yaml': support(true, 'client-outcomes') });
    const diff = compareOrgs(base, head);
    expect(diff.functions.moved).toEqual([{ id: 'support', from: 'technical-success', to: 'client-outcomes' }]);
    const change = diff.functions.changed[0]!.changes[0]!;
    expect(describeChange(change, 'function').text).toBe('moved from department "technical-success" to "client-outcomes"');
    expect(diff.needs).toEqual({ unserved: ['answers'], served: [] });
    expect(diff.departments.changed.map((d) => [d.id, d.changes.map((c) => describeChange(c, 'department').text)])).toEqual([
      ['technical-success', ['internal added: true', 'need removed (was "answers")']],
    ]);
  });

  it('finds a department renamed when it keeps its functions, and reports org.yaml changes', () => {
    const renamed = ORG.replace('id: technical-success', 'id: support-services').replace('name: Product', 'name: Product Management');
    const base = side('a', { 'org.yaml': ORG, 'csm.yaml': csm(), 'support.yaml': support(true) });
    const head = side('b', { 'org.yaml': renamed, 'csm.yaml': csm(), 'support.yaml': support(true, 'support-services') });
    const diff = compareOrgs(base, head);
    expect(diff.departments.renamed).toEqual([{ from: 'technical-success', to: 'support-services', name: 'Technical Success', similarity: 1 }]);
    expect(diff.departments.added).toEqual([]);
    expect(diff.org.map((c) => describeChange(c, 'org').text)).toEqual(['external team "product": name changed from "Product" to "Product Management"']);
  });

  it('calls a function renamed only when at least 80% of its entries are the same', () => {
    const base = side('a', { 'csm.yaml': csm() });
    const alike = side('b', { 'client-csm.yaml': csm().replace('id: csm', 'id: client-csm').replace('name: csm team', 'name: Client CSMs') });
    expect(compareOrgs(base, alike).functions.renamed.map((r) => [r.from, r.to])).toEqual([['csm', 'client-csm']]);
    const other = side('b', { 'ops.yaml': charterYaml('ops', '', 'operations') });
    const diff = compareOrgs(base, other);
    expect(diff.functions.renamed).toEqual([]);
    expect(diff.functions.added.map((n) => n.id)).toEqual(['ops']);
    expect(diff.functions.removed.map((n) => n.id)).toEqual(['csm']);
  });

  it('reports dependencies added and removed, and a change of what is asked', () => {
    const base = side('a', { 'csm.yaml': csm(), 'support.yaml': support(true) });
    const asked = csm().replace('for: Answering break-fix questions.', 'for: Answering every question.').replace(
      'dependencies:\n',
      'dependencies:\n  - team: product\n    for: Roadmap briefings.\n',
    );
    const diff = compareOrgs(base, side('b', { 'csm.yaml': asked, 'support.yaml': support(true) }));
    expect(diff.dependencies.map((d) => [d.from, d.to, d.before, d.after, d.forBefore])).toEqual([
      ['csm', 'product', null, 'unknown', undefined],
      ['csm', 'support', 'acknowledged', 'acknowledged', 'Answering break-fix questions.'],
    ]);
  });
});

describe('diffFindings', () => {
  const finding = (file: string, line: number, message: string): Finding => ({
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    rule: 'activity-overlap',
    messageId: 'overlap',
    severity: 'warn',
    message,
  });

  it('matches findings by file, rule and message, whatever their lines, and counts repeats', () => {
    const base = [finding('charters/a.yaml', 3, 'Same as "b" (charters/b.yaml:4)')];
    const head = [finding('charters/a.yaml', 9, 'Same as "b" (charters/b.yaml:12)'), finding('charters/a.yaml', 20, 'Same as "b" (charters/b.yaml:12)')];
    expect(diffFindings(base, head)).toEqual({ introduced: [head[1]], fixed: [] });
    expect(diffFindings(head, base)).toEqual({ introduced: [], fixed: [head[1]] });
  });
});
