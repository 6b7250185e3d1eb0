import { z } from 'zod';
import { id, idList, text } from './common.js';

/** An operating metric: a measure of the function's success that predicts a financial outcome. */
export const operatingMetricSchema = z
  .strictObject({
    id: id('Identifies the metric within this charter, for a risk\'s monitoredBy.'),
    name: text('The metric as people say it, e.g. "Habits scorecard".'),
    description: text('How it is measured.').optional(),
    outcome: text(
      'The financial outcome this metric predicts: renewal, expansion, new-business, or the organization\'s own words.',
    ).optional(),
    financial: z.boolean().meta({ description: 'true when the metric is itself financial (a lagging indicator). Default false.' }).optional(),
    status: z.enum(['active', 'wip']).meta({ description: 'active (default) or wip: a metric still being defined.' }).optional(),
    target: text('The goal, in free text, e.g. "+15 per quarter".').optional(),
  })
  .meta({ title: 'Operating metric', description: 'A measure of success that predicts renewal, expansion or new business.' });

/** A leading metric of a cost metric. */
export const leadingMetricSchema = z
  .strictObject({
    name: text('The leading metric, e.g. "Accounts per CSM".'),
    description: text('How it is measured.').optional(),
  })
  .meta({ title: 'Leading metric', description: 'A nearer-term measure that moves the cost metric.' });

/** A cost metric: how the organization judges what it spends on this function. */
export const costMetricSchema = z
  .strictObject({
    name: text('The cost metric, e.g. "Fully loaded CSM cost per dollar of ARR managed".'),
    description: text('How it is measured.').optional(),
    leading: z.array(leadingMetricSchema).meta({ description: 'Leading metrics that move this cost metric.' }).optional(),
  })
  .meta({ title: 'Cost metric', description: 'Sets how much it is reasonable to spend on this function.' });

/** An activity, possibly with nested sub-activities. */
export interface Activity {
  id: string;
  name: string;
  description?: string | undefined;
  fulfils?: string[] | undefined;
  activities?: Activity[] | undefined;
}

export const activitySchema: z.ZodType<Activity> = z
  .strictObject({
    id: id('Identifies the activity within this charter (nested ones included), for a risk\'s mitigatedBy.'),
    name: text('What the function does, e.g. "Run a strategy session with every new client".'),
    description: text('More detail.').optional(),
    fulfils: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/))
      .meta({
        description:
          'Dependencies of other functions that this activity delivers: "<function-id>" (all of that function\'s dependencies on this one or its department) or "<function-id>/<dependency-id>" (one).',
      })
      .optional(),
    get activities() {
      return z.array(activitySchema).meta({ description: 'Sub-activities, same shape.' }).optional();
    },
  })
  .meta({ id: 'activity', title: 'Activity', description: 'Something the function does to achieve its mission.' });

/** A risk the function manages. */
export const riskSchema = z
  .strictObject({
    id: id('Identifies the risk within this charter.'),
    name: text('The risk, e.g. "Renewal risk".'),
    description: text('What could go wrong.').optional(),
    ref: id('The id of this risk in the organization\'s risk register (org.yaml).').optional(),
    mitigatedBy: idList('Ids of this charter\'s activities that mitigate the risk.').optional(),
    monitoredBy: idList('Ids of this charter\'s operating metrics that watch the risk.').optional(),
  })
  .meta({ title: 'Risk', description: 'Something that can go wrong on the way to the mission.' });

/** What this function expects of another team. */
export const dependencySchema = z
  .strictObject({
    id: id('Names this dependency, so that an activity\'s fulfils can acknowledge just this one.').optional(),
    team: id('The team depended on: a function id, a department id, or an external team id from org.yaml.'),
    for: text('What this function expects of that team.'),
  })
  .meta({ title: 'Dependency', description: 'What this function expects another team to do.' });

/** A function charter: one file in charters/. */
export const charterSchema = z
  .strictObject({
    id: id('The function\'s id; equals the file name without extension.'),
    name: text('The function\'s name, e.g. "Client Outcomes CSMs".'),
    department: id('The department this function belongs to (a department id from org.yaml when there is one).'),
    owner: text('The accountable role, e.g. "VP of Client Outcomes".').optional(),
    mission: z
      .string()
      .meta({ description: 'One sentence: the customer need this function answers.' })
      .optional(),
    operatingMetrics: z.array(operatingMetricSchema).meta({ description: 'Measures that predict renewal, expansion and new business.' }).optional(),
    costMetrics: z.array(costMetricSchema).meta({ description: 'The metric(s) that set the budget. Exclusive with costExemption.' }).optional(),
    costExemption: text('Why this function has no cost metric (it is funded as an investment, say). Exclusive with costMetrics.').optional(),
    activities: z.array(activitySchema).meta({ description: 'What the function does to achieve its mission.' }).optional(),
    risks: z.array(riskSchema).meta({ description: 'What can go wrong, and which activities mitigate it.' }).optional(),
    dependencies: z
      .array(dependencySchema)
      .meta({ description: 'What this function expects of other teams; [] says it depends on no one.' })
      .optional(),
  })
  .superRefine((charter, ctx) => {
    if (charter.costMetrics !== undefined && charter.costExemption !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['costExemption'],
        message: 'a charter has either costMetrics or costExemption, not both; remove one',
      });
    }
  })
  .meta({
    title: 'Function charter',
    description: 'The charter of one function of a Customer Success organization: mission, operating metrics, cost metric, activities, risks and dependencies.',
  });

/** A function charter after validation. */
export type Charter = z.infer<typeof charterSchema>;
export type OperatingMetric = z.infer<typeof operatingMetricSchema>;
export type CostMetric = z.infer<typeof costMetricSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
