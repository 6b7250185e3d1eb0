import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'risk-orphaned',
    description: 'A risk that no activity mitigates, or a register risk that no charter manages.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
