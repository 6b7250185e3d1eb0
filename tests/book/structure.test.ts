import { describe, expect, it } from 'vitest';
import { orgChartOf, personLabel } from '../../src/book/structure.js';
import type { OrgModel } from '../../src/model/model.js';

/** Just what orgChartOf reads of a model: org.yaml's data, the departments and their functions. */
function model(org: Record<string, unknown> | undefined, departments: Record<string, unknown>[], functions: { id: string; name: string; department: string; headcount?: number }[]): OrgModel {
  const byDept = new Map<string, unknown[]>();
  for (const f of functions) {
    const list = byDept.get(f.department) ?? [];
    list.push({ id: f.id, charter: { id: f.id, name: f.name, department: f.department, ...(f.headcount !== undefined ? { headcount: f.headcount } : {}) } });
    byDept.set(f.department, list);
  }
  return {
    org: org === undefined ? undefined : { org },
    departmentById: new Map(departments.map((d) => [d['id'] as string, { value: d }])),
    functionsByDepartment: byDept,
  } as unknown as OrgModel;
}

describe('the org chart', () => {
  it('is absent without leaders or nested departments', () => {
    expect(orgChartOf(model(undefined, [], []))).toBeUndefined();
    expect(orgChartOf(model({ name: 'X' }, [{ id: 'a', name: 'A' }], [{ id: 'f', name: 'F', department: 'a' }]))).toBeUndefined();
  });

  it('follows the reporting line, nests departments by parent and rolls headcount up', () => {
    const chart = orgChartOf(
      model(
        { name: 'X', leaders: [{ id: 'cco', title: 'Chief Customer Officer' }, { id: 'vp', title: 'VP of Success', reportsTo: 'cco' }] },
        [
          { id: 'success', name: 'Success', lead: 'vp' },
          { id: 'enterprise', name: 'Enterprise', parent: 'success' },
          { id: 'ops', name: 'Operations' },
        ],
        [
          { id: 'csm', name: 'CSMs', department: 'enterprise', headcount: 12 },
          { id: 'onboarding', name: 'Onboarding', department: 'success', headcount: 5 },
          { id: 'analyst', name: 'Analysts', department: 'ops' },
        ],
      ),
    );
    const show = (n: { label: string; headcount: number | undefined; children: unknown[] }, depth = 0): string[] => [
      `${'  '.repeat(depth)}${n.label}${n.headcount !== undefined ? ` (${n.headcount})` : ''}`,
      ...(n.children as (typeof n)[]).flatMap((c) => show(c, depth + 1)),
    ];
    expect(chart!.roots.flatMap((r) => show(r))).toEqual([
      'Chief Customer Officer (17)',
      '  VP of Success (17)',
      '    Success (17)',
      '      Enterprise (12)',
      '        CSMs (12)',
      '      Onboarding (5)',
      'Operations',
      '  Analysts',
    ]);
  });

  it('stops at a parent or reporting cycle instead of looping', () => {
    const chart = orgChartOf(
      model({ name: 'X', leaders: [{ id: 'a', title: 'A', reportsTo: 'b' }, { id: 'b', title: 'B', reportsTo: 'a' }] }, [{ id: 'd', name: 'D', parent: 'e' }, { id: 'e', name: 'E', parent: 'd' }], []),
    );
    expect(chart).toEqual({ roots: [] });
  });
});

describe('owners, leads and the sponsor', () => {
  it('show a leader\'s title (and name) once org.yaml has leaders, and free text as written', () => {
    const m = model({ name: 'X', leaders: [{ id: 'cco', title: 'Chief Customer Officer', name: 'Ada Li' }, { id: 'vp', title: 'VP of Success' }] }, [], []);
    expect(personLabel(m, 'cco')).toBe('Chief Customer Officer (Ada Li)');
    expect(personLabel(m, 'vp')).toBe('VP of Success');
    expect(personLabel(m, 'Director of Support')).toBe('Director of Support');
    expect(personLabel(m, undefined)).toBeUndefined();
    expect(personLabel(model(undefined, [], []), 'cco')).toBe('cco');
  });
});
