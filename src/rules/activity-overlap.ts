import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'activity-overlap',
    description: 'Two functions list the same activity (same name, compared case- and punctuation-insensitively).',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
