import { z } from 'zod';
import { id, idList, isoDate, text } from './common.js';

/** What a function does, broadly: `kind` of a function charter (and of an external team in org.yaml). */
export const FUNCTION_KINDS = [
  'csm',
  'scaled-csm',
  'digital',
  'renewals',
  'support',
  'professional-services',
  'implementation',
  'education',
  'operations',
  'enablement',
  'product-success',
  'other',
] as const;

/** A function's kind. */
export type FunctionKind = (typeof FUNCTION_KINDS)[number];

/** The kinds of function whose people count as CSMs (for cs-ops-ratio and the org chart). */
export const CSM_KINDS: readonly FunctionKind[] = ['csm', 'scaled-csm'];

/** `kind`, for charters and external teams. */
export const functionKind = (description: string) =>
  z.enum(FUNCTION_KINDS).meta({ title: 'Kind', description: `${description} One of ${FUNCTION_KINDS.join(', ')}.` });

/** An operating metric: a measure of the function's success that predicts a financial outcome. */
export const operatingMetricSchema = z
  .strictObject({
    id: id('Identifies the metric within this charter, for a risk\'s monitoredBy.').meta({ title: 'Metric id' }),
    name: text('The metric as people say it, e.g. "Habits scorecard".').meta({ title: 'Metric name' }),
    description: text('How the metric is measured.').meta({ title: 'Description' }).optional(),
    outcome: text(
      'The financial outcome this metric predicts: renewal, expansion, new-business, or the organization\'s own words. Without one, the rule metric-no-outcome warns.',
    )
      .meta({ title: 'Outcome predicted' })
      .optional(),
    financial: z
      .boolean()
      .meta({
        title: 'Financial metric',
        description: 'true when the metric is itself financial (a lagging indicator such as renewal rate). When absent, charter infers it from the name: revenue, bookings, ARR, margin, renewal rate and the like count as financial. Write false to say a metric is not. Most operating metrics should not be financial.',
      })
      .optional(),
    status: z
      .enum(['active', 'wip'])
      .meta({ title: 'Status', description: 'active (the default) or wip: a metric still being defined.' })
      .optional(),
    target: text('The goal, in free text, e.g. "+15 per quarter".').meta({ title: 'Target' }).optional(),
  })
  .meta({ title: 'Operating metric', description: 'A measure of success that predicts renewal, expansion or new business.' });

/** A leading metric of a cost metric. */
export const leadingMetricSchema = z
  .strictObject({
    name: text('The leading metric, e.g. "Accounts per CSM".').meta({ title: 'Leading metric name' }),
    description: text('How the metric is measured.').meta({ title: 'Description' }).optional(),
  })
  .meta({ title: 'Leading metric', description: 'A nearer-term measure that moves the cost metric.' });

/** A cost metric: how the organization judges what it spends on this function. */
export const costMetricSchema = z
  .strictObject({
    name: text('The cost metric, e.g. "Fully loaded CSM cost per dollar of ARR managed".').meta({ title: 'Cost metric name' }),
    description: text('How the metric is measured.').meta({ title: 'Description' }).optional(),
    leading: z
      .array(leadingMetricSchema)
      .meta({ title: 'Leading metrics', description: 'Nearer-term metrics that move this cost metric, e.g. "Accounts per CSM".' })
      .optional(),
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
    id: id('Identifies the activity within this charter (nested ones included), for a risk\'s mitigatedBy.').meta({ title: 'Activity id' }),
    name: text('What the function does, e.g. "Run a strategy session with every new client".').meta({ title: 'Activity name' }),
    description: text('More detail on the activity.').meta({ title: 'Description' }).optional(),
    fulfils: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/))
      .meta({
        title: 'Fulfils',
        description:
          'Dependencies of other functions that this activity delivers: "<function-id>" (all of that function\'s dependencies on this one or its department) or "<function-id>/<dependency-id>" (one). A dependency is met only when the team depended on lists it here.',
      })
      .optional(),
    get activities() {
      return z.array(activitySchema).meta({ title: 'Sub-activities', description: 'Sub-activities of this activity, in the same shape.' }).optional();
    },
  })
  .meta({ id: 'activity', title: 'Activity', description: 'Something the function does to achieve its mission.' });

/** A risk the function manages. */
export const riskSchema = z
  .strictObject({
    id: id('Identifies the risk within this charter.').meta({ title: 'Risk id' }),
    name: text('The risk, e.g. "Renewal risk".').meta({ title: 'Risk name' }),
    description: text('What could go wrong.').meta({ title: 'Description' }).optional(),
    ref: id('The id of this risk in the organization\'s risk register (risks in org.yaml).').meta({ title: 'Register risk' }).optional(),
    mitigatedBy: idList('Ids of this charter\'s activities that mitigate the risk, e.g. [strategy-sessions].').meta({ title: 'Mitigated by' }).optional(),
    monitoredBy: idList('Ids of this charter\'s operating metrics that watch the risk, e.g. [habits-scorecard].').meta({ title: 'Monitored by' }).optional(),
  })
  .meta({ title: 'Risk', description: 'Something that can go wrong on the way to the mission.' });

/** What this function expects of another team. */
export const dependencySchema = z
  .strictObject({
    id: id('Names this dependency, so that an activity\'s fulfils can acknowledge just this one ("<function-id>/<dependency-id>").')
      .meta({ title: 'Dependency id' })
      .optional(),
    team: id('The team depended on: a function id, a department id, or an external team id from org.yaml.').meta({ title: 'Team' }),
    for: text('What this function expects of that team, in a sentence.').meta({ title: 'For' }),
  })
  .meta({ title: 'Dependency', description: 'What this function expects another team to do.' });

/** A function charter: one file in charters/. */
export const charterSchema = z
  .strictObject({
    id: id('The function\'s id; equals the file name without extension.').meta({ title: 'Function id' }),
    name: text('The function\'s name, e.g. "Client Outcomes CSMs".').meta({ title: 'Function name' }),
    department: id('The department this function belongs to (a department id from org.yaml when there is one).').meta({ title: 'Department' }),
    owner: text(
      'Who is accountable for the function: once org.yaml declares leaders, a leader id (e.g. dir-strategic); before that, free text such as "VP of Client Outcomes".',
    )
      .meta({ title: 'Owner' })
      .optional(),
    kind: functionKind('What kind of function this is; cs-ops-ratio counts the people of csm and scaled-csm functions.').optional(),
    headcount: z
      .int()
      .min(0)
      .meta({ title: 'Headcount', description: 'How many people work in the function today: a whole number, 0 or more. charter org adds them up.' })
      .optional(),
    segments: z
      .array(z.string().min(1))
      .meta({ title: 'Segments', description: 'The customer segments or regions the function covers, in free text, e.g. [EMEA Enterprise, NA Commercial].' })
      .optional(),
    products: idList('Ids of the products in org.yaml this function is the DRI (directly responsible individual) for, e.g. [analytics].')
      .meta({ title: 'Products' })
      .optional(),
    reviewed: isoDate('reviewed', 'When the charter was last reviewed, as YYYY-MM-DD (e.g. 2026-09-30); charter-stale warns when that is long ago.')
      .meta({ title: 'Reviewed' })
      .optional(),
    mission: z
      .string()
      .meta({
        title: 'Mission',
        description: 'One sentence naming the need of the customer this function answers, e.g. "Turn each client\'s business objectives into measurable change."',
      })
      .optional(),
    operatingMetrics: z
      .array(operatingMetricSchema)
      .meta({
        title: 'Operating metrics',
        description: 'Measures of the function\'s success that predict renewal, expansion and new business; mostly non-financial.',
      })
      .optional(),
    costMetrics: z
      .array(costMetricSchema)
      .meta({ title: 'Cost metrics', description: 'The metric(s) that set the function\'s budget. Exclusive with costExemption.' })
      .optional(),
    costExemption: text('Why this function has no cost metric (it is funded as an investment, say). Exclusive with costMetrics.')
      .meta({ title: 'Cost exemption' })
      .optional(),
    activities: z
      .array(activitySchema)
      .meta({ title: 'Activities', description: 'What the function does to achieve its mission.' })
      .optional(),
    risks: z
      .array(riskSchema)
      .meta({ title: 'Risks', description: 'What can go wrong on the way to the mission, and which activities mitigate it.' })
      .optional(),
    dependencies: z
      .array(dependencySchema)
      .meta({
        title: 'Dependencies',
        description: 'What this function expects of other teams; [] says it depends on no one. A dependency is met when the other team fulfils it in its activities.',
      })
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
