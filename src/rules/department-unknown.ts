import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'department-unknown',
    description: 'With org.yaml: a charter\'s department is not declared.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
