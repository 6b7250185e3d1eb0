import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'dependency-unacknowledged',
    description: 'The team depended on has no activity that fulfils the dependency.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
