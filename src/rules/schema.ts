import { defineOrgRule } from './types.js';

/** Reports values of the wrong type or shape, unknown keys and malformed ids (found by the schema stage). */
export default defineOrgRule({
  meta: {
    id: 'schema',
    description: 'Every value has the type and shape the file format expects; no unknown keys; ids are kebab-case.',
    defaultSeverity: 'error',
    alwaysOn: true,
    messages: { issue: '{{message}}' },
  },
  check(model, context) {
    for (const file of model.files) {
      for (const issue of file.schemaIssues) {
        context.report({ source: file.source, path: issue.path, target: issue.target, messageId: 'issue', data: { message: issue.message } });
      }
    }
  },
});
