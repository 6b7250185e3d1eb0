import { defineSuppressionRule } from './types.js';

/**
 * Reports `# charter-disable-...` comments that suppress nothing: stale ones, and
 * malformed ones (unknown rule, no reason). It has no check: the engine reports under
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
      unused: '"{{rule}}" reports no problem {{scope}}, so this suppression is not needed; remove "{{rule}}" from the comment (or the whole comment)',
      ruleOff: '"{{rule}}" is turned off, so this suppression is not needed; remove "{{rule}}" from the comment (or the whole comment)',
      unknownRule: '"{{rule}}" is not a rule, so this suppression does nothing{{hint}}',
      notSuppressible: '"{{rule}}" problems cannot be suppressed: {{why}}',
      noRule: '{{directive}} names no rule, so it suppresses nothing; write the rule ids, then " -- " and the reason: # {{directive}} placeholder -- target agreed at the QBR',
      noReason: '{{directive}} gives no reason, so it suppresses nothing; add " -- " and why: # {{directive}} {{rules}} -- target agreed at the QBR',
      noSeparator:
        '{{directive}}: separate the rule ids from the reason with " -- ", so that the reason is not read as rule ids: # {{directive}} {{rules}} -- target agreed at the QBR',
      unknownDirective: '"{{directive}}" is not a charter directive, so it suppresses nothing{{hint}}; the directives are charter-disable-next-line and charter-disable-file',
    },
  },
});
