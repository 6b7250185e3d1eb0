import type { ChartDepartment, ChartFunction, ChartLeader, OrgChart } from '../chart.js';
import type { FunctionKind } from '../../schema/charter.js';

/** One box of the drawn org chart, whatever it stands for. */
export interface ChartNode {
  type: 'leader' | 'department' | 'function' | 'group';
  id: string;
  label: string;
  /** Undefined for a function whose charter gives no headcount. */
  headcount: number | undefined;
  children: ChartNode[];
}

/** A function's kind as people say it. */
export const KIND_LABELS: Record<FunctionKind, string> = {
  csm: 'CSM',
  'scaled-csm': 'scaled CSM',
  digital: 'digital CS',
  renewals: 'renewals',
  support: 'support',
  'professional-services': 'professional services',
  implementation: 'implementation',
  education: 'education',
  operations: 'CS Operations',
  enablement: 'enablement',
  'product-success': 'product success',
  other: 'other',
};

/**
 * The chart as one list of trees to draw: leaders from the top with the departments
 * they lead (then the leaders who report to them), then the departments no leader
 * leads, then the functions in no known department. In a department, its own
 * functions come before its sub-departments.
 */
export function chartNodes(chart: OrgChart): ChartNode[] {
  const titles = new Map(chart.allLeaders.map((l) => [l.id, l.title]));
  const fn = (f: ChartFunction): ChartNode => ({
    type: 'function',
    id: f.id,
    label: f.kind === undefined || f.name.toLowerCase() === KIND_LABELS[f.kind].toLowerCase() ? f.name : `${f.name} (${KIND_LABELS[f.kind]})`,
    headcount: f.headcount,
    children: [],
  });
  // Built without recursion: departments and leaders nest as deep as the user makes them.
  const department = (root: ChartDepartment, rootUnderLead: boolean): ChartNode => {
    const make = (d: ChartDepartment, underLead: boolean): ChartNode => {
      const lead = d.lead === undefined ? '' : ` · ${titles.get(d.lead) ?? d.lead}`;
      return { type: 'department', id: d.id, label: `${d.name} department${underLead ? '' : lead}`, headcount: d.headcount, children: d.functions.map(fn) };
    };
    const top = make(root, rootUnderLead);
    const stack: [ChartDepartment, ChartNode][] = [[root, top]];
    while (stack.length > 0) {
      const [d, node] = stack.pop()!;
      for (const child of d.children) {
        const childNode = make(child, false);
        node.children.push(childNode);
        stack.push([child, childNode]);
      }
    }
    return top;
  };
  const leader = (root: ChartLeader): ChartNode => {
    const make = (l: ChartLeader): ChartNode => ({
      type: 'leader',
      id: l.id,
      label: l.name === undefined ? l.title : `${l.title} · ${l.name}`,
      headcount: l.headcount,
      children: l.departments.map((d) => department(d, true)),
    });
    const top = make(root);
    const stack: [ChartLeader, ChartNode][] = [[root, top]];
    while (stack.length > 0) {
      const [l, node] = stack.pop()!;
      for (const report of l.reports) {
        const reportNode = make(report);
        node.children.push(reportNode);
        stack.push([report, reportNode]);
      }
    }
    return top;
  };
  const nodes = [...chart.leaders.map(leader), ...chart.departments.map((d) => department(d, false))];
  if (chart.unplaced.length > 0) {
    nodes.push({
      type: 'group',
      id: 'no-department',
      label: 'In no declared department',
      headcount: chart.unplaced.reduce((sum, f) => sum + (f.headcount ?? 0), 0),
      children: chart.unplaced.map(fn),
    });
  }
  return nodes;
}
