import { defineOrgRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineOrgRule({
  meta: {
    id: 'need-unserved',
    description: 'With org.yaml: a customer need that no department is accountable for.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(model, context) {
    void [model, context];
  },
});
