import path from 'node:path';
import { defineOrgRule } from './types.js';

/**
 * With org.yaml: the organization names its executive sponsor. Silent without a
 * usable org.yaml.
 */
export default defineOrgRule({
  meta: {
    id: 'org-executive-sponsor',
    description: 'With org.yaml: no executive sponsor is named.',
    defaultSeverity: 'warn',
    messages: {
      missing: '{{org}} names no executive sponsor',
      blank: '"executiveSponsor" is blank',
    },
    help: {
      missing: 'add "executiveSponsor:" with the executive who owns the customer success organization, such as a Chief Customer Officer',
      blank: 'name the executive who owns the customer success organization, such as a Chief Customer Officer',
    },
  },
  check(model, context) {
    const org = model.org;
    if (org === undefined) return;
    const sponsor = org.org.executiveSponsor;
    if (sponsor !== undefined && sponsor.trim() !== '') return;
    const source = org.source;
    if (sponsor !== undefined) return context.report({ source, path: ['executiveSponsor'], messageId: 'blank' });
    // Present but dropped by the schema stage (an empty value, a list): the schema finding says it all.
    if (org.isDropped(['executiveSponsor'])) return;
    const data = { org: path.basename(source.displayPath) };
    // At the org's name, or at the start of the file when the name is missing too.
    const nameDropped = org.isDropped(['name']);
    context.report({ source, ...(nameDropped ? {} : { path: ['name'], target: 'key' as const }), messageId: 'missing', data });
  },
});
