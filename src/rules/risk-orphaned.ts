import { unreadableMayName } from '../model/unreadable.js';
import { defineOrgRule } from './types.js';

/**
 * Reports a charter risk that names no activity in `mitigatedBy`, and (with org.yaml)
 * a risk of the register that no charter risk names in its `ref`.
 */
export default defineOrgRule({
  meta: {
    id: 'risk-orphaned',
    description: 'A risk that no activity mitigates, or a register risk that no charter manages.',
    defaultSeverity: 'warn',
    messages: {
      unmitigated: 'Risk "{{id}}" has no activity that mitigates it',
      unmanaged: 'Register risk "{{id}}" is managed by no charter',
    },
    help: {
      unmitigated: 'name the activities of this charter that keep it down (mitigatedBy: [<activity-id>]), or add one that does',
      unmanaged: 'add a risk with "ref: {{id}}" to the charter of each function that manages it, or remove it from the register',
    },
  },
  check(model, context) {
    const referenced = new Set<string>();
    for (const file of model.charters) {
      file.charter.risks?.forEach((risk, i) => {
        if (risk.ref !== undefined) referenced.add(risk.ref);
        if (risk.mitigatedBy !== undefined && risk.mitigatedBy.length > 0) return;
        // Entries the schema rejected (`mitigatedBy: [Reviews]`) were meant as mitigations: the schema finding says what to fix.
        if (file.hasDroppedUnder(['risks', i, 'mitigatedBy'])) return;
        // When mitigatedBy is absent, the locator falls back to the first line of the risk.
        context.report({ source: file.source, path: ['risks', i, 'mitigatedBy'], messageId: 'unmitigated', data: { id: risk.id } });
      });
    }

    for (const [id, risk] of model.registerRiskById) {
      // A charter that cannot be read and names the risk may be what manages it.
      if (referenced.has(id) || unreadableMayName(model, id)) continue;
      context.report({ source: risk.source, path: [...risk.path, 'id'], messageId: 'unmanaged', data: { id } });
    }
  },
});
