import type { DependencyRow, DepsView } from './rows.js';

/** The team column: the id as written, marked when it is a whole department. */
export function targetText(row: DependencyRow): string {
  return row.targetKind === 'department' ? `${row.to} (department)` : row.to;
}

/**
 * What the status means for this row, in a CS leader's words, one entry a line:
 * `by support: Troubleshoot customer tickets`, `no activity of support fulfils it yet`.
 */
export function statusDetail(row: DependencyRow, view: DepsView): string[] {
  switch (row.status) {
    case 'acknowledged':
      return row.fulfilledBy.map((f) => `by ${f.functionId}: ${f.activityName}`);
    case 'unacknowledged':
      return [
        row.targetKind === 'department'
          ? `no function of ${row.to} has an activity that fulfils it yet`
          : `no activity of ${row.to} fulfils it yet`,
      ];
    case 'external':
      return [`${view.externalTeams.get(row.to)?.name ?? row.to} is outside this organization`];
    case 'unknown': {
      const file = view.unreadable.get(row.to);
      return [
        file === undefined
          ? `"${row.to}" names no function, department or external team; run charter lint`
          : `${file} could not be read; run charter lint`,
      ];
    }
    case 'implicit':
      return ['listed in implicitProviders'];
  }
}
