import type { NodePath } from '../locate/locator.js';
import type { Charter } from '../schema/charter.js';
import { defineFileRule } from './types.js';

/** A section checked by this rule (the mission is `mission-one-sentence`'s). */
interface Section {
  /** The key that holds the section. */
  key: 'operatingMetrics' | 'costMetrics' | 'activities' | 'risks' | 'dependencies';
  /** Message ids for an absent and for an empty section. */
  absent: string;
  empty: string | undefined;
  /** Keys whose presence (even if the schema dropped their value) means the section is there. */
  alternatives: readonly (keyof Charter)[];
}

const SECTIONS: readonly Section[] = [
  { key: 'operatingMetrics', absent: 'noOperatingMetrics', empty: 'emptyOperatingMetrics', alternatives: [] },
  { key: 'costMetrics', absent: 'noCost', empty: 'emptyCostMetrics', alternatives: ['costExemption'] },
  { key: 'activities', absent: 'noActivities', empty: 'emptyActivities', alternatives: [] },
  { key: 'risks', absent: 'noRisks', empty: 'emptyRisks', alternatives: [] },
  // `dependencies: []` is a statement: the function depends on no one.
  { key: 'dependencies', absent: 'noDependencies', empty: undefined, alternatives: [] },
];

/**
 * Reports a charter that lacks one of the sections every charter has: operating
 * metrics, a cost metric (or a cost exemption), activities, risks and dependencies.
 */
export default defineFileRule({
  meta: {
    id: 'section-missing',
    description: 'One of the six sections of a charter is absent.',
    defaultSeverity: 'error',
    messages: {
      noOperatingMetrics: 'This charter has no operating metrics',
      emptyOperatingMetrics: '"operatingMetrics" is empty',
      noCost: 'This charter has no cost metric',
      emptyCostMetrics: '"costMetrics" is empty',
      noActivities: 'This charter has no activities',
      emptyActivities: '"activities" is empty',
      noRisks: 'This charter has no risks',
      emptyRisks: '"risks" is empty',
      noDependencies: 'This charter has no dependencies section',
    },
    help: {
      noOperatingMetrics: 'add "operatingMetrics:" with the measures of success that predict renewal, expansion or new business',
      emptyOperatingMetrics: 'list the measures of success that predict renewal, expansion or new business',
      noCost: 'add "costMetrics:" with the metric that tells whether spending on this function is reasonable (such as cost per dollar of ARR managed), or "costExemption:" with the reason it has none',
      emptyCostMetrics: 'list the metric that tells whether spending on this function is reasonable, or replace the list with "costExemption:" and the reason it has none',
      noActivities: 'add "activities:" with what the function does to achieve its mission',
      emptyActivities: 'list what the function does to achieve its mission',
      noRisks: 'add "risks:" with what can go wrong on the way to the mission, and the activities that mitigate each',
      emptyRisks: 'list what can go wrong on the way to the mission, and the activities that mitigate each',
      noDependencies: 'add "dependencies:" with what this function expects of other teams, or "dependencies: []" if it depends on no one',
    },
  },
  check(file, context) {
    const { charter } = file;
    // Point at the id key; when the schema dropped the id, at the top of the file (a report under a dropped path is not shown).
    const top: NodePath = file.hasDroppedUnder(['id']) ? [] : ['id'];
    for (const section of SECTIONS) {
      // A section the schema rejected is there, just wrong: the schema finding says so.
      if (file.hasDroppedUnder([section.key]) || file.misspells(section.key) || section.alternatives.some((k) => charter[k] !== undefined || file.hasDroppedUnder([k]))) {
        continue;
      }
      const list = charter[section.key];
      if (list === undefined) {
        context.report({ source: file.source, path: top, target: 'key', messageId: section.absent });
      } else if (list.length === 0 && section.empty !== undefined) {
        context.report({ source: file.source, path: [section.key], messageId: section.empty });
      }
    }
  },
});
