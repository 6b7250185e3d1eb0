import type { FunctionKind } from '../schema/charter.js';
import { Document, isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';

/** What a new charter is made from; what is not given becomes a TODO placeholder. */
export interface NewCharter {
  id: string;
  department: string;
  name?: string | undefined;
  owner?: string | undefined;
  kind?: FunctionKind | undefined;
  headcount?: number | undefined;
  /** The review date to write, YYYY-MM-DD: the day the charter is started. */
  reviewed: string;
  mission?: string | undefined;
  /** The `$schema` path of the yaml-language-server modeline. */
  schemaPath: string;
}

/**
 * The one-line comment above each section: the practice, in our words. Exported so
 * that the docs and tests can quote them.
 */
export const SECTION_COMMENTS = {
  mission: 'Mission: one sentence naming the need of the customer this function answers.',
  operatingMetrics: 'Operating metrics: mostly non-financial measures of success, each predicting renewal, expansion or new business.',
  costMetrics: "Cost metric: what sets this function's budget (where none fits, replace it with costExemption: <why>).",
  activities: 'Activities: what the function does to achieve its mission (fulfils: the dependencies of others it delivers).',
  risks: 'Risks: what can go wrong on the way to the mission, and which of the activities above mitigate it.',
  dependencies: 'Dependencies: what this function expects of other teams, met once they take it into their activities; [] for none.',
} as const;

/** The example under the dependencies comment. */
const DEPENDENCY_EXAMPLE = ['For example:', '  - id: admin-readiness', '    team: onboarding', "    for: The customer's administrator is ready to own the configuration."];

/**
 * The text of a new charter: the modeline, all six sections, a comment above each
 * saying what belongs there, and TODO placeholders where the person must decide.
 * Written through the yaml library, so that any value (`: # " &` included) reads back exactly.
 */
export function newCharterText(input: NewCharter): string {
  const doc = new Document({
    id: input.id,
    name: input.name ?? "TODO: the function's name, e.g. Client Outcomes CSMs",
    department: input.department,
    owner: input.owner ?? 'TODO: who is accountable, e.g. VP of Client Outcomes (a leader id once org.yaml lists leaders)',
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    ...(input.headcount === undefined ? {} : { headcount: input.headcount }),
    reviewed: input.reviewed,
    mission: input.mission ?? 'TODO: say in one sentence which need of the customer this function answers',
    operatingMetrics: [
      {
        id: 'metric-1',
        name: `TODO: a measure of how well ${input.id} does its job`,
        outcome: 'TODO: the outcome it predicts (renewal, expansion or new-business)',
        // Said outright, so that the name written later is never taken for a financial metric by mistake.
        financial: false,
      },
    ],
    costMetrics: [{ name: 'TODO: e.g. fully loaded cost per dollar of ARR managed' }],
    activities: [{ id: 'activity-1', name: `TODO: something ${input.id} does to achieve its mission` }],
    risks: [{ id: 'risk-1', name: `TODO: a risk ${input.id} manages`, mitigatedBy: ['activity-1'] }],
    dependencies: [],
  });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${input.schemaPath}`,
    ' The charter of one function. Replace each TODO (and the ids metric-1, activity-1, risk-1), then run: charter lint',
  ].join('\n');

  const root = doc.contents as YAMLMap;
  for (const [key, comment] of Object.entries(SECTION_COMMENTS)) {
    const lines = [` ${comment}`, ...(key === 'dependencies' ? DEPENDENCY_EXAMPLE.map((l) => ` ${l}`) : [])];
    commentKey(pairOf(root, key), lines.join('\n'));
  }
  for (const risk of (pairOf(root, 'risks').value as { items: unknown[] }).items) {
    if (isMap(risk)) {
      const mitigatedBy = pairOf(risk, 'mitigatedBy').value;
      if (isSeq(mitigatedBy)) mitigatedBy.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function pairOf(map: YAMLMap, key: string): Pair {
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  if (pair === undefined) throw new Error(`no "${key}" in the scaffold`);
  return pair;
}

function commentKey(pair: Pair, comment: string): void {
  if (!isScalar(pair.key)) return;
  pair.key.commentBefore = comment;
  pair.key.spaceBefore = true;
}
