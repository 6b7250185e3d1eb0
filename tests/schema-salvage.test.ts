import { describe, expect, it } from 'vitest';
import { lintFiles } from './helpers/org.js';

/** A charter whose list items before the interesting ones are invalid (so salvage removes them). */
const charter = `id: csm
name: CSM
department: client-outcomes
mission: Help every customer reach their outcomes.
operatingMetrics:
  - id: health
    name: Health
    outcome: renewal
costMetrics:
  - name: Cost per dollar managed
activities:
  - id: Bad_Activity
    name: Broken
  - id: reviews
    name: Run reviews
    activities:
      - name: no id here
      - id: prep
        name: Prepare
risks:
  - id: r1
    name: Risk
    mitigatedBy: [prep, nothing]
dependencies:
  - team: Bad_Team
    for: x
  - team: suport
    for: y
  - team: legal
    for: z
`;

describe('salvaged files', () => {
  const findings = lintFiles({ 'csm.yaml': charter, 'support.yaml': charter.replace(/^id: csm/, 'id: support').replace(/^name: CSM/m, 'name: Support') });
  const inCsm = findings.filter((f) => f.file === 'charters/csm.yaml');

  it('report schema problems where they are', () => {
    expect(inCsm.filter((f) => f.rule === 'schema').map((f) => [f.line, f.column])).toEqual([
      [12, 9],
      [17, 9],
      [25, 11],
    ]);
  });

  it('report other rules at the right list items after invalid ones are dropped', () => {
    expect(inCsm.filter((f) => f.rule === 'dependency-unknown').map((f) => [f.line, f.column, f.message.slice(0, 9)])).toEqual([
      [27, 11, '"suport" '],
      [29, 11, '"legal" i'],
    ]);
    expect(inCsm.filter((f) => f.rule === 'reference-unknown').map((f) => [f.line, f.column])).toEqual([[23, 25]]);
  });
});
