import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'metric-no-outcome',
    description: 'An operating metric predicts no outcome.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
