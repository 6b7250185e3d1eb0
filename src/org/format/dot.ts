import { quote } from '../../deps/format/dot.js';
import { chartNodes, type ChartNode } from './nodes.js';
import type { OrgFormatter } from './types.js';

const SHAPES: Record<ChartNode['type'], string> = {
  leader: 'shape=box, style="rounded,filled", fillcolor="#e3f2fd", color="#1565c0"',
  department: 'shape=folder, style=filled, fillcolor="#f1f8e9", color="#558b2f"',
  function: 'shape=box, style=rounded, color="#757575"',
  group: 'shape=box, style="rounded,dashed", color="#ef6c00"',
};

/**
 * The org chart as a Graphviz digraph, top down (`charter org --format dot | dot -Tsvg
 * > org.svg`): one node per leader, department and function, labelled with its
 * headcount, and an edge from each to what sits under it.
 */
export const dot: OrgFormatter = (chart) => {
  const lines = [
    'digraph org {',
    '  // The org chart (charter org): leaders, the departments they lead, and their functions, with headcount.',
    '  graph [rankdir=TB, fontname="Helvetica"];',
    '  node [fontname="Helvetica"];',
  ];
  const edges: string[] = [];
  const stack = chartNodes(chart).map((node) => ({ node, parent: undefined as string | undefined })).reverse();
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const id = quote(`${node.type}:${node.id}`);
    const count = node.headcount === undefined ? 'headcount not given' : `${node.headcount} ${node.headcount === 1 ? 'person' : 'people'}`;
    lines.push(`  ${id} [label=${quote(`${node.label}\n${count}`, true)}, ${SHAPES[node.type]}];`);
    if (parent !== undefined) edges.push(`  ${parent} -> ${id} [arrowhead=none];`);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, parent: id });
  }
  lines.push(...edges, '}');
  return `${lines.join('\n')}\n`;
};
