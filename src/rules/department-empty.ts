import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'department-empty',
    description: 'With org.yaml: a department has no charter.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
