import { expect, it } from 'vitest';
import { activityKey } from '../../src/rules/activity-overlap.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'activity-overlap';

const valid: ValidCase[] = [
  'distinct',
  // The same name twice in one function is not an overlap between functions.
  'twice-in-one-function',
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

  it('keeps different words apart', () => {
    expect(activityKey('Run business reviews')).not.toBe(activityKey('Run renewal reviews'));
  });
});
