import { expect, it } from 'vitest';
import { activityKey } from '../../src/rules/activity-overlap.js';
import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'activity-overlap';

const valid = [
  'distinct',
  // The same name twice in one function is not an overlap between functions.
  'twice-in-one-function',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'overlap',
    [
      // cs-sales.yaml is read first: its activities are the first definitions.
      ['csm.yaml', 13, 11, 'warn', 'Activity "Run business reviews" is also an activity of "cs-sales" (cs-sales.yaml:13)'],
      // A nested activity counts.
      ['csm.yaml', 15, 11, 'warn', 'Activity "Hold best-practice workshops" is also an activity of "cs-sales" (cs-sales.yaml:18)'],
      ['support.yaml', 13, 11, 'warn', 'Activity "Run business reviews." is also an activity of "cs-sales" (cs-sales.yaml:13)'],
      ['support.yaml', 15, 11, 'warn', 'Activity "Hold quarterly check-ins" is also an activity of "cs-sales" (cs-sales.yaml:15)'],
      // Each later occurrence in another function, even twice in that function.
      ['support.yaml', 17, 11, 'warn', 'Activity "RUN BUSINESS REVIEWS" is also an activity of "cs-sales" (cs-sales.yaml:13); agree which of the two functions does this work'],
    ],
  ],
  ['unicode', [['support.yaml', 14, 11, 'warn', 'is also an activity of "csm" (csm.yaml:13)']]],
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
