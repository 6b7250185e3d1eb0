import { dependencyGraph, STATUS_COLORS, type GraphEdge } from '../graph.js';
import type { RowStatus } from '../rows.js';
import type { DepsFormatter } from './types.js';

const EDGE_STYLE: Record<RowStatus, string> = {
  acknowledged: '',
  unacknowledged: ', penwidth=2.5',
  external: '',
  unknown: ', style=bold',
  implicit: ', style=dashed',
};

/**
 * A Graphviz digraph (`charter deps --format dot | dot -Tsvg > deps.svg`): functions
 * in one cluster per department, a dependency on a whole department drawn to a
 * folder box in its cluster, edges coloured by status, with the "for" text as tooltip.
 */
export const dot: DepsFormatter = (view) => {
  const graph = dependencyGraph(view);
  const lines = [
    'digraph dependencies {',
    '  // Who depends on whom (charter deps). Edges: green = acknowledged, orange and thick = unacknowledged,',
    '  // grey = on an external team, red = on an unknown team, dashed = implicit provider.',
    '  graph [rankdir=LR, fontname="Helvetica"];',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const dept of graph.departments) {
    lines.push(`  subgraph ${quote(`cluster_${dept.id}`)} {`);
    lines.push(`    label=${quote(dept.name)};`);
    if (dept.targeted) lines.push(`    ${quote(`dept:${dept.id}`)} [label=${quote(`${dept.name}\n(whole department)`, true)}, shape=folder];`);
    for (const fn of dept.functions) lines.push(`    ${quote(`fn:${fn.id}`)} [label=${quote(fn.name)}];`);
    lines.push('  }');
  }
  for (const fn of graph.loose) lines.push(`  ${quote(`fn:${fn.id}`)} [label=${quote(fn.name)}];`);
  for (const team of graph.externals) {
    lines.push(`  ${quote(`team:${team.id}`)} [label=${quote(`${team.name}\n(external)`, true)}, style="rounded,dashed", color="#757575"];`);
  }
  for (const id of graph.unknowns) {
    lines.push(`  ${quote(`unknown:${id}`)} [label=${quote(`${id}\n(unknown team)`, true)}, shape=octagon, style="", color="#c62828", fontcolor="#c62828"];`);
  }
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
};

const KEY_PREFIX = { function: 'fn', department: 'dept', external: 'team', unknown: 'unknown' } as const;

function edgeLine(edge: GraphEdge): string {
  const attrs = [
    ...(edge.label === null ? [] : [`label=${quote(edge.label)}`]),
    `tooltip=${quote(edge.for)}`,
    `color=${quote(STATUS_COLORS[edge.status])}`,
  ].join(', ');
  return `${quote(`fn:${edge.from}`)} -> ${quote(`${KEY_PREFIX[edge.to.kind]}:${edge.to.id}`)} [${attrs}${EDGE_STYLE[edge.status]}];`;
}

/**
 * A DOT quoted string. Backslashes are doubled so that the user's text never turns
 * into a Graphviz escape; with `breaks`, line breaks become centred line breaks.
 */
export function quote(value: string, breaks = false): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `"${breaks ? escaped.replace(/\r?\n/g, '\\n') : escaped.replace(/\s*\r?\n\s*/g, ' ')}"`;
}
