import { chartNodes, type ChartNode } from './nodes.js';
import type { OrgFormatter } from './types.js';

/** Indent (in characters) beyond which deeper levels are drawn at the same depth. */
const MAX_INDENT = 36;

/** Columns kept for the headcount at the end of each line. */
const NUMBER_WIDTH = 7;

/**
 * The org chart for a terminal: one line per leader, department and function, drawn
 * as a tree, with the headcount (rolled up) right-aligned at the end of the line;
 * labels that do not fit are cut with "…". Ends with a one-line summary.
 */
export const tree: OrgFormatter = (chart, { width }) => {
  const labelWidth = Math.max(20, width - NUMBER_WIDTH);
  const lines: string[] = [row(chart.name ?? 'The organization', 'people', labelWidth)];
  const draw = (nodes: readonly ChartNode[], prefix: string, top: boolean): void => {
    // An explicit stack: departments nest as deep as the user makes them.
    const stack: { node: ChartNode; prefix: string; branch: string }[] = [];
    const pushAll = (list: readonly ChartNode[], pre: string, isTop: boolean): void => {
      for (let i = list.length - 1; i >= 0; i--) {
        const last = i === list.length - 1;
        stack.push({ node: list[i]!, prefix: pre, branch: isTop ? '' : last ? '└─ ' : '├─ ' });
      }
    };
    pushAll(nodes, prefix, top);
    while (stack.length > 0) {
      const { node, prefix: pre, branch } = stack.pop()!;
      const count = node.headcount === undefined ? '?' : String(node.headcount);
      lines.push(row(`${pre}${branch}${node.label}`, count, labelWidth));
      // Past MAX_INDENT characters, deeper levels keep the same indent: the labels stay readable.
      const childPrefix = branch === '' || pre.length >= MAX_INDENT ? pre : `${pre}${branch === '└─ ' ? '   ' : '│  '}`;
      pushAll(node.children, childPrefix, false);
    }
  };
  draw(chartNodes(chart), '', true);

  const functions = chart.allFunctions.length;
  const departments = chart.allDepartments.length;
  lines.push('');
  lines.push(
    `${plural(chart.headcount, 'person', 'people')} in ${plural(functions, 'function', 'functions')} and ${plural(departments, 'department', 'departments')}.`,
  );
  if (chart.withoutHeadcount > 0) {
    const n = chart.withoutHeadcount;
    lines.push(`${plural(n, 'function gives', 'functions give')} no headcount (shown as ?): add "headcount:" to ${n === 1 ? 'its charter' : 'their charters'}.`);
  }
  return `${lines.join('\n')}\n`;
};

/** A label cut to `labelWidth` and a right-aligned number. */
function row(label: string, count: string, labelWidth: number): string {
  const chars = [...label];
  const cut = chars.length > labelWidth - 1 ? `${chars.slice(0, labelWidth - 2).join('')}…` : label;
  return `${cut.padEnd(labelWidth)}${count.padStart(NUMBER_WIDTH)}`.trimEnd();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
