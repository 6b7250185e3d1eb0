import { z } from 'zod';
import type { FunctionNode } from '../model/model.js';
import { CSM_KINDS } from '../schema/charter.js';
import { unreadableMayName } from '../model/unreadable.js';
import { defineOrgRule } from './types.js';

/** cs-ops-ratio's options. */
export interface CsOpsRatioOptions {
  /** People in csm and scaled-csm functions from which a CS Operations function is expected. */
  threshold: number;
}

/**
 * The functions of kind csm and scaled-csm have `threshold` people or more between
 * them, and nothing serves as CS Operations: no function of kind operations with
 * people in it (a headcount of at least 1, or none stated), and no external team of
 * kind operations. Reported once, at the headcount of the largest CSM function.
 */
export default defineOrgRule<CsOpsRatioOptions>({
  meta: {
    id: 'cs-ops-ratio',
    description: 'The CSM functions have enough people to need CS Operations, and no function or external team of kind operations serves them.',
    defaultSeverity: 'warn',
    messages: {
      noOperations: '{{csms}} people work as CSMs, and no one works on CS Operations',
    },
    help: {
      noOperations: 'the practice suggests a first CS Ops hire at about {{threshold}} CSMs: add a function with "kind: operations", or mark the central team that does this work with "kind: operations" under externalTeams in org.yaml',
    },
    options: {
      schema: z.strictObject({
        threshold: z.int().min(1).meta({ description: 'CSMs (people in csm and scaled-csm functions) from which a CS Operations function is expected. Default 5.' }),
      }),
      defaults: { threshold: 5 },
    },
  },
  check(model, context) {
    let csms = 0;
    let largest: FunctionNode | undefined;
    for (const fn of model.functions) {
      const { kind, headcount } = fn.charter;
      if (kind === 'operations' && headcount !== 0) return;
      if (kind === undefined || !CSM_KINDS.includes(kind) || headcount === undefined) continue;
      csms += headcount;
      if (largest === undefined || headcount > largest.charter.headcount!) largest = fn;
    }
    if (largest === undefined || csms < context.options.threshold) return;
    // A charter that cannot be read may be the CS Operations function.
    if (unreadableMayName(model, 'operations')) return;
    for (const team of model.externalTeamById.values()) if (team.value.kind === 'operations') return;
    context.report({
      source: largest.file.source,
      path: ['headcount'],
      messageId: 'noOperations',
      data: { csms, threshold: context.options.threshold },
    });
  },
});
