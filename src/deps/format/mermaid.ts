import { dependencyGraph, STATUS_COLORS, type GraphEdge } from '../graph.js';
import { ROW_STATUSES, type RowStatus } from '../rows.js';
import type { DepsFormatter } from './types.js';

/** Arrows by status: thick for what is still unmet, dotted for implicit providers. */
const ARROWS: Record<RowStatus, string> = {
  acknowledged: '-->',
  unacknowledged: '==>',
  external: '-->',
  unknown: '-->',
  implicit: '-.->',
};

const LEGEND =
  '%% Who depends on whom (charter deps). Edges: green = acknowledged, orange and thick = unacknowledged, ' +
  'grey = on an external team, red = on an unknown team, dotted = implicit provider.';

/**
 * A Mermaid flowchart (GitHub renders it in a ```mermaid block): functions grouped
 * by department, a dependency on a whole department drawn to a box in its group,
 * external and unknown teams apart, edges styled by status.
 */
export const mermaid: DepsFormatter = (view) => {
  const graph = dependencyGraph(view);
  const lines = ['flowchart LR', `  ${LEGEND}`];
  for (const dept of graph.departments) {
    lines.push(`  subgraph ${nodeId('department', dept.id)}["${text(dept.name)}"]`);
    if (dept.targeted) lines.push(`    ${nodeId('whole-department', dept.id)}[["${text(`${dept.name} (whole department)`)}"]]`);
    for (const fn of dept.functions) lines.push(`    ${nodeId('function', fn.id)}["${text(fn.name)}"]`);
    lines.push('  end');
  }
  for (const fn of graph.loose) lines.push(`  ${nodeId('function', fn.id)}["${text(fn.name)}"]`);
  for (const team of graph.externals) lines.push(`  ${nodeId('external', team.id)}(["${text(team.name)}"])`);
  for (const id of graph.unknowns) lines.push(`  ${nodeId('unknown', id)}{{"${text(`${id} (unknown team)`)}"}}`);

  const byStatus = new Map<RowStatus, number[]>();
  graph.edges.forEach((edge, i) => {
    lines.push(`  ${edgeLine(edge)}`);
    let list = byStatus.get(edge.status);
    if (list === undefined) byStatus.set(edge.status, (list = []));
    list.push(i);
  });

  if (graph.externals.length > 0) {
    lines.push('  classDef external fill:#f5f5f5,stroke:#757575,color:#424242');
    lines.push(`  class ${graph.externals.map((t) => nodeId('external', t.id)).join(',')} external`);
  }
  if (graph.unknowns.length > 0) {
    lines.push('  classDef unknown fill:#ffebee,stroke:#c62828,color:#b71c1c');
    lines.push(`  class ${graph.unknowns.map((id) => nodeId('unknown', id)).join(',')} unknown`);
  }
  for (const status of ROW_STATUSES) {
    const indexes = byStatus.get(status);
    if (indexes === undefined) continue;
    const width = status === 'unacknowledged' ? ',stroke-width:3px' : '';
    lines.push(`  linkStyle ${indexes.join(',')} stroke:${STATUS_COLORS[status]}${width}`);
  }
  return `${lines.join('\n')}\n`;
};

function edgeLine(edge: GraphEdge): string {
  const arrow = ARROWS[edge.status];
  const label = edge.label === null ? '' : `|${text(edge.label)}|`;
  const to = edge.to.kind === 'department' ? nodeId('whole-department', edge.to.id) : nodeId(edge.to.kind, edge.to.id);
  return `${nodeId('function', edge.from)} ${arrow}${label} ${to}`;
}

const PREFIX = { function: 'fn_', department: 'dept_', 'whole-department': 'all_', external: 'team_', unknown: 'unknown_' } as const;

/**
 * A Mermaid id for a team: a prefix by kind (a function and its one-function
 * department may share an id; a department is both a group and, when depended
 * on as a whole, a box in it) and the kebab-case id with underscores, which
 * Mermaid reads as one word and never as an arrow or a keyword such as `end`.
 */
export function nodeId(kind: keyof typeof PREFIX, id: string): string {
  return `${PREFIX[kind]}${id.replace(/[^A-Za-z0-9]/g, (c) => (c === '-' ? '_' : `_${c.codePointAt(0)!.toString(16)}_`))}`;
}

/**
 * Text inside a quoted Mermaid label. Mermaid's own entity codes (`#quot;`) do not
 * render in every Mermaid version, so: the few HTML entities every renderer decodes
 * (`&amp;`, `&lt;`, `&gt;`), quotes and backticks as apostrophes, and a word joiner
 * after a "#" that would otherwise read as an entity code (`#3;`).
 */
export function text(value: string): string {
  return value
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/["`]/g, "'")
    .replace(/#(?=\w+;)/g, '#\u2060');
}
