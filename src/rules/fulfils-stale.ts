import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'fulfils-stale',
    description: 'A fulfils entry names a function that has no such dependency on this function or its department.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
