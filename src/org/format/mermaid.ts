import { nodeId as deptsNodeId, text } from '../../deps/format/mermaid.js';
import { chartNodes, type ChartNode } from './nodes.js';
import type { OrgFormatter } from './types.js';

const PREFIX = { leader: 'leader', department: 'department', function: 'function', group: 'group' } as const;

/**
 * The org chart as a Mermaid flowchart, top down (GitHub renders it in a ```mermaid
 * block): one box per leader, department and function with its headcount, a line
 * from each to what sits under it, and a colour per kind of box.
 */
export const mermaid: OrgFormatter = (chart) => {
  const lines = ['flowchart TD', '  %% The org chart (charter org): leaders, the departments they lead, and their functions, with headcount.'];
  const edges: string[] = [];
  const byType: Record<ChartNode['type'], string[]> = { leader: [], department: [], function: [], group: [] };
  const stack = chartNodes(chart).map((node) => ({ node, parent: undefined as string | undefined })).reverse();
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const id = idOf(node);
    const count = node.headcount === undefined ? 'headcount not given' : `${node.headcount} ${node.headcount === 1 ? 'person' : 'people'}`;
    lines.push(`  ${id}["${text(`${node.label} · ${count}`)}"]`);
    byType[node.type].push(id);
    if (parent !== undefined) edges.push(`  ${parent} --> ${id}`);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, parent: id });
  }
  lines.push(...edges);
  const styles: Record<ChartNode['type'], string> = {
    leader: 'fill:#e3f2fd,stroke:#1565c0,color:#0d47a1',
    department: 'fill:#f1f8e9,stroke:#558b2f,color:#33691e',
    function: 'fill:#ffffff,stroke:#757575,color:#212121',
    group: 'fill:#fff3e0,stroke:#ef6c00,color:#e65100',
  };
  for (const type of ['leader', 'department', 'function', 'group'] as const) {
    if (byType[type].length === 0) continue;
    lines.push(`  classDef ${type} ${styles[type]}`);
    lines.push(`  class ${byType[type].join(',')} ${type}`);
  }
  if (edges.length > 0) lines.push(`  linkStyle ${edges.map((_, i) => i).join(',')} stroke:#9e9e9e`);
  return `${lines.join('\n')}\n`;
};

/** A Mermaid id by kind of box: a function may share its id with its department. */
function idOf(node: ChartNode): string {
  return deptsNodeId('function', `${PREFIX[node.type]}-${node.id}`).replace(/^fn_/, '');
}
