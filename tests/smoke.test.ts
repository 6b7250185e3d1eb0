import { describe, expect, it } from 'vitest';
import { lintFiles } from './helpers/org.js';

describe('pipeline', () => {
  it('locates a schema finding on the offending value', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\ndepartment: co\noperatingMetrics: 3\n' });
    expect(findings.filter((f) => f.rule === 'schema')).toEqual([
      {
        file: 'charters/csm.yaml',
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 20,
        rule: 'schema',
        messageId: 'issue',
        severity: 'error',
        message: '"operatingMetrics" should be a list of operating metrics, got the number 3',
        // No help: the message says it all (the rule's help template is then empty, and left out).
        data: { message: '"operatingMetrics" should be a list of operating metrics, got the number 3', help: '' },
      },
    ]);
  });
  it('reports a misspelt key at the key with a suggestion', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\ndepartment: co\nmision: Help.\n' });
    const f = findings.find((x) => x.rule === 'schema');
    expect(f).toMatchObject({ line: 4, column: 1, endColumn: 7, message: '"mision" is not a key of a charter', help: 'did you mean "mission"?' });
  });
  it('reports a duplicate key at the second one, naming the first line', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\nid: other\n' });
    expect(findings.filter((f) => f.rule === 'yaml-syntax')).toMatchObject([
      { line: 3, column: 1, message: '"id" appears twice in the same mapping', help: expect.stringMatching(/^keep one \(the first is at line 1\); until it can be read, /) },
    ]);
  });
});
