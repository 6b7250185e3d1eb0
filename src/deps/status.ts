import type { DependencyStatus } from '../model/model.js';

/** Where a row of the view stands: a dependency's status, or `implicit` for an org.yaml implicit provider. */
export type RowStatus = DependencyStatus | 'implicit';

/**
 * Every status, in the order counts and legends list them (and `charter deps --status`
 * offers them). A module of its own, so that the command line can offer them without
 * loading the view.
 */
export const ROW_STATUSES: readonly RowStatus[] = ['acknowledged', 'unacknowledged', 'external', 'unknown', 'implicit'];
