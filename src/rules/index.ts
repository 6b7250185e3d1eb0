import activityOverlap from './activity-overlap.js';
import charterStale from './charter-stale.js';
import csOpsRatio from './cs-ops-ratio.js';
import departmentEmpty from './department-empty.js';
import departmentNoNeed from './department-no-need.js';
import departmentUnknown from './department-unknown.js';
import dependencySelf from './dependency-self.js';
import dependencyUnacknowledged from './dependency-unacknowledged.js';
import dependencyUnknown from './dependency-unknown.js';
import duplicateId from './duplicate-id.js';
import fulfilsStale from './fulfils-stale.js';
import idMatchesFilename from './id-matches-filename.js';
import metricNoOutcome from './metric-no-outcome.js';
import metricsMostlyNonfinancial from './metrics-mostly-nonfinancial.js';
import missionCustomerFocused from './mission-customer-focused.js';
import missionOneSentence from './mission-one-sentence.js';
import needUnserved from './need-unserved.js';
import orgExecutiveSponsor from './org-executive-sponsor.js';
import outcomeTypo from './outcome-typo.js';
import outcomeUnknown from './outcome-unknown.js';
import placeholder from './placeholder.js';
import productDri from './product-dri.js';
import referenceUnknown from './reference-unknown.js';
import reportingLine from './reporting-line.js';
import riskOrphaned from './risk-orphaned.js';
import schema from './schema.js';
import sectionMissing from './section-missing.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';
import type { Rule } from './types.js';

/**
 * Every rule, sorted by id. A test checks that this list, the files in src/rules/
 * and the pages in docs/rules/ name the same rules.
 */
export const rules: readonly Rule[] = [
  activityOverlap,
  charterStale,
  csOpsRatio,
  departmentEmpty,
  departmentNoNeed,
  departmentUnknown,
  dependencySelf,
  dependencyUnacknowledged,
  dependencyUnknown,
  duplicateId,
  fulfilsStale,
  idMatchesFilename,
  metricNoOutcome,
  metricsMostlyNonfinancial,
  missionCustomerFocused,
  missionOneSentence,
  needUnserved,
  orgExecutiveSponsor,
  outcomeTypo,
  outcomeUnknown,
  placeholder,
  productDri,
  referenceUnknown,
  reportingLine,
  riskOrphaned,
  schema,
  sectionMissing,
  unusedSuppression,
  yamlSyntax,
];

/** Looks a rule up by id. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
