import path from 'node:path';
import { ID_PATTERN } from '../schema/common.js';
import { fileStem } from '../schema/validate.js';
import { defineFileRule } from './types.js';

/**
 * Reports a charter whose `id` differs from its file name (without extension), so
 * that `charters/csm.yaml` is always the charter of function `csm`.
 */
export default defineFileRule({
  meta: {
    id: 'id-matches-filename',
    description: 'A charter\'s id differs from its file name.',
    defaultSeverity: 'error',
    messages: {
      renameEither: 'The id "{{id}}" differs from the file name "{{file}}"',
      renameFile: 'The id "{{id}}" differs from the file name "{{file}}"',
    },
    help: {
      renameEither: 'rename the file to "{{expectedFile}}" or change the id to "{{stem}}"',
      renameFile: 'rename the file to "{{expectedFile}}" (a file name that is not a valid id cannot be a function\'s id)',
    },
  },
  check(file, context) {
    const { id } = file.charter;
    const stem = fileStem(file.source.path);
    if (id === stem) return;
    const name = path.basename(file.source.path);
    const extension = name.slice(stem.length);
    context.report({
      source: file.source,
      path: ['id'],
      // When the stem is not kebab-case, changing the id to it would only trade this finding for a schema error.
      messageId: ID_PATTERN.test(stem) ? 'renameEither' : 'renameFile',
      data: { id, file: name, stem, expectedFile: `${id}${extension}` },
    });
  },
});
