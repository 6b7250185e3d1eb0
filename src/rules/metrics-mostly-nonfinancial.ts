import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'metrics-mostly-nonfinancial',
    description: 'More than half of the operating metrics are financial.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
