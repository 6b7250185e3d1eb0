import type { OrgFormatter } from './types.js';

/**
 * The org chart as JSON: the total headcount, and every leader, department and
 * function in file order, each with its rolled-up headcount; `null` where a value
 * is not given. Departments list the ids of their own functions (not their
 * sub-departments'); their headcount includes their sub-departments'.
 */
export const json: OrgFormatter = (chart) =>
  `${JSON.stringify(
    {
      name: chart.name ?? null,
      headcount: chart.headcount,
      leaders: chart.allLeaders.map((l) => ({
        id: l.id,
        title: l.title,
        name: l.name ?? null,
        reportsTo: l.reportsTo ?? null,
        headcount: l.headcount,
      })),
      departments: chart.allDepartments.map((d) => ({
        id: d.id,
        name: d.name,
        parent: d.parent ?? null,
        lead: d.lead ?? null,
        headcount: d.headcount,
        functions: d.functions.map((fn) => fn.id),
      })),
      functions: chart.allFunctions.map((fn) => ({
        id: fn.id,
        name: fn.name,
        department: fn.department,
        kind: fn.kind ?? null,
        headcount: fn.headcount ?? null,
        owner: fn.owner ?? null,
      })),
    },
    null,
    2,
  )}\n`;
