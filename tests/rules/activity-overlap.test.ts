import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { activityKey } from '../../src/rules/activity-overlap.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'activity-overlap';

const valid: ValidCase[] = [
  'distinct',
  // The same name twice in one function is not an overlap between functions.
  'twice-in-one-function',
  // A suppression comment at the first occurrence covers the overlap too.
  'suppressed-at-the-first',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'overlap',
    [
      // cs-sales.yaml is read first: its activities are the first definitions.
      ['csm.yaml', 13, 11, 'warn', 'overlap'],
      // A nested activity counts.
      ['csm.yaml', 15, 11, 'warn', 'overlap'],
      ['support.yaml', 13, 11, 'warn', 'overlap'],
      ['support.yaml', 15, 11, 'warn', 'overlap'],
      // Each later occurrence in another function, even twice in that function.
      ['support.yaml', 17, 11, 'warn', 'overlap'],
    ],
  ],
  ['unicode', [['support.yaml', 14, 11, 'warn', 'overlap']]],
];

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it.each([
    ['Run  Business-Reviews!', 'run business reviews'],
    ['Follow-up with the client’s sponsor.', 'follow up with the clients sponsor'],
    ['Q&A sessions', 'Q & A sessions'],
    ['« RE\u0301VISER »', 'réviser'],
  ])('compares %j and %j as one name', (a, b) => {
    expect(activityKey(a)).toBe(activityKey(b));
  });

  it('is reported when only the file of the first occurrence is linted, with that place as related', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'charter-overlap-'));
    await mkdir(path.join(dir, 'charters'));
    const fixture = path.resolve(import.meta.dirname, '../fixtures/rules/activity-overlap/invalid/overlap');
    for (const file of ['cs-sales.yaml', 'csm.yaml']) await cp(path.join(fixture, file), path.join(dir, 'charters', file));
    const run = await runCli(['lint', 'charters/cs-sales.yaml', '-f', 'json'], { cwd: dir });
    const { findings } = JSON.parse(run.stdout) as { findings: { file: string; line: number; related?: { file: string; line: number }[] }[] };
    expect(findings.map((f) => [f.file, f.line, f.related?.map((r) => `${r.file}:${r.line}`)])).toEqual([
      ['charters/csm.yaml', 13, ['charters/cs-sales.yaml:13']],
      ['charters/csm.yaml', 15, ['charters/cs-sales.yaml:18']],
    ]);
  });

  it('keeps different words apart', () => {
    expect(activityKey('Run business reviews')).not.toBe(activityKey('Run renewal reviews'));
  });
});
