import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'reference-unknown',
    description: 'mitigatedBy, monitoredBy or ref names nothing that exists, or fulfils names no function.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
