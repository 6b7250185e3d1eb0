import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'duplicate-id',
    description: 'Two things that must be told apart share an id.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
