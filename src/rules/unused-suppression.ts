import { defineSuppressionRule } from './types.js';

/**
 * Reports `# charter-disable-...` comments that suppress nothing: stale ones, and
 * malformed ones (unknown rule, no reason); and entries of charter-suppressions.json
 * that match nothing (`unusedEntry`, reported by src/lint/bulk.ts). It has no check: the engine reports under
 * it, once the other rules' findings have been filtered by the comments (see
 * src/lint/engine.ts and src/suppress/); its message ids are those of
 * `SuppressionMessageId` in src/suppress/directives.ts.
 */
export default defineSuppressionRule({
  meta: {
    id: 'unused-suppression',
    description: 'A # charter-disable comment suppresses nothing: stale, or naming no rule, an unknown rule or no reason.',
    defaultSeverity: 'warn',
    unsuppressible: 'remove the stale comment, or turn the rule off in charter.config.yaml',
    messages: {
      unused: '"{{rule}}" reports no problem {{scope}}: this suppression is not needed',
      ruleOff: '"{{rule}}" is turned off: this suppression is not needed',
      unknownRule: '"{{rule}}" is not a rule, so this suppression does nothing',
      notSuppressible: '"{{rule}}" problems cannot be suppressed',
      noRule: '{{directive}} names no rule, so it suppresses nothing',
      noReason: '{{directive}} gives no reason, so it suppresses nothing',
      noSeparator: '{{directive}} has no " -- " between rule ids and reason',
      unknownDirective: '"{{directive}}" is not a charter directive, so it suppresses nothing',
      unusedEntry: '"{{rule}}" reports no problem in {{file}} any more: its entry in {{suppressions}} is not needed',
    },
    help: {
      unused: 'remove "{{rule}}" from the comment (or the whole comment)',
      ruleOff: 'remove "{{rule}}" from the comment (or the whole comment)',
      unknownRule: '{{hint}}',
      notSuppressible: '{{why}}',
      noRule: 'write the rule ids, then " -- " and the reason: # {{directive}} placeholder -- target agreed at the QBR',
      noReason: 'add " -- " and why: # {{directive}} {{rules}} -- target agreed at the QBR',
      noSeparator: 'write " -- " before the reason, so that it is not read as rule ids: # {{directive}} {{rules}} -- target agreed at the QBR',
      unknownDirective: '{{hint}}the directives are charter-disable-next-line and charter-disable-file',
      unusedEntry: 'run charter lint --prune-suppressions to remove it',
    },
  },
});
