import { defineOrgRule } from './types.js';

/** Reports files that could not be read or are not well-formed YAML (found by the load stage). */
export default defineOrgRule({
  meta: {
    id: 'yaml-syntax',
    description: 'The file is readable, well-formed YAML with one document and no duplicate keys.',
    defaultSeverity: 'error',
    alwaysOn: true,
    messages: { problem: '{{message}}' },
  },
  check(model, context) {
    for (const file of model.files) {
      for (const problem of file.source.syntaxProblems) {
        context.report({
          source: file.source,
          ...(problem.range !== undefined ? { range: problem.range } : {}),
          messageId: 'problem',
          data: { message: problem.message },
        });
      }
    }
  },
});
