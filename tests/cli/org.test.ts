import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDot } from '../deps/dot-syntax.js';
import { checkFlowchart } from '../deps/mermaid-syntax.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Five leaders four levels deep, departments nested three deep, five functions (one without a headcount). */
const STRUCTURED = path.join(ROOT, 'tests/fixtures/org/structured');

const org = (args: string[], cwd = STRUCTURED, columns?: number) => runCli(['org', ...args], { cwd, ...(columns === undefined ? {} : { columns }) });

describe('charter org', () => {
  it('draws the reporting line, the departments each leader leads and their functions as a tree, with headcount rolled up', async () => {
    const run = await org([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
      "Northwind Customer Success                                                people",
      "Chief Executive Officer                                                       13",
      "└─ Chief Customer Officer                                                     13",
      "   └─ VP of Customer Success                                                  13",
      "      ├─ Customer Success department                                          13",
      "      │  ├─ Strategic Customer Success department · Director of Strateg…      10",
      "      │  │  ├─ strategic-csm team (CSM)                                        6",
      "      │  │  └─ Strategic EMEA department                                       4",
      "      │  │     └─ emea-csm team (CSM)                                          4",
      "      │  └─ Scaled Customer Success department · Director of Scaled CS         3",
      "      │     ├─ community team (digital CS)                                     ?",
      "      │     └─ digital-cs team (scaled CSM)                                    3",
      "      ├─ Director of Strategic CS · Ana Ruiz                                  10",
      "      └─ Director of Scaled CS                                                 3",
      "Renewals department                                                            2",
      "└─ renewals-desk team (renewals)                                               2",
      "",
      "15 people in 5 functions and 5 departments.",
      "1 function gives no headcount (shown as ?): add \"headcount:\" to its charter.",
    ].join('\n') + '\n',
    );
  });

  it('fits the tree in 80 columns, cutting long names with an ellipsis', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'charter-org-'));
    cpSync(path.join(STRUCTURED, 'charters'), path.join(cwd, 'charters'), { recursive: true });
    const file = path.join(cwd, 'charters/emea-csm.yaml');
    const long = 'Strategic Customer Success Managers for Enterprise Accounts in Europe, the Middle East and Africa';
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: emea-csm team', `name: ${long}`));
    for (const columns of [undefined, 80, 200]) {
      const run = await org([], cwd, columns);
      const lines = run.stdout.split('\n');
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(columns === 200 ? 100 : 80);
      expect(lines.find((l) => l.includes('Strategic Customer Success Managers'))).toMatch(/…\s+4$/);
    }
  });

  it('prints the json shape: total headcount, leaders, departments (headcount with sub-departments) and functions', async () => {
    const run = await org(['--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      "name": "Northwind Customer Success",
      "headcount": 15,
      "leaders": [
        {
          "id": "ceo",
          "title": "Chief Executive Officer",
          "name": null,
          "reportsTo": null,
          "headcount": 13
        },
        {
          "id": "cco",
          "title": "Chief Customer Officer",
          "name": null,
          "reportsTo": "ceo",
          "headcount": 13
        },
        {
          "id": "vp-cs",
          "title": "VP of Customer Success",
          "name": null,
          "reportsTo": "cco",
          "headcount": 13
        },
        {
          "id": "dir-strategic",
          "title": "Director of Strategic CS",
          "name": "Ana Ruiz",
          "reportsTo": "vp-cs",
          "headcount": 10
        },
        {
          "id": "dir-scaled",
          "title": "Director of Scaled CS",
          "name": null,
          "reportsTo": "vp-cs",
          "headcount": 3
        }
      ],
      "departments": [
        {
          "id": "customer-success",
          "name": "Customer Success",
          "parent": null,
          "lead": "vp-cs",
          "headcount": 13,
          "functions": []
        },
        {
          "id": "strategic-cs",
          "name": "Strategic Customer Success",
          "parent": "customer-success",
          "lead": "dir-strategic",
          "headcount": 10,
          "functions": [
            "strategic-csm"
          ]
        },
        {
          "id": "strategic-emea",
          "name": "Strategic EMEA",
          "parent": "strategic-cs",
          "lead": null,
          "headcount": 4,
          "functions": [
            "emea-csm"
          ]
        },
        {
          "id": "scaled-cs",
          "name": "Scaled Customer Success",
          "parent": "customer-success",
          "lead": "dir-scaled",
          "headcount": 3,
          "functions": [
            "community",
            "digital-cs"
          ]
        },
        {
          "id": "renewals",
          "name": "Renewals",
          "parent": null,
          "lead": null,
          "headcount": 2,
          "functions": [
            "renewals-desk"
          ]
        }
      ],
      "functions": [
        {
          "id": "community",
          "name": "community team",
          "department": "scaled-cs",
          "kind": "digital",
          "headcount": null,
          "owner": "dir-scaled"
        },
        {
          "id": "digital-cs",
          "name": "digital-cs team",
          "department": "scaled-cs",
          "kind": "scaled-csm",
          "headcount": 3,
          "owner": "dir-scaled"
        },
        {
          "id": "emea-csm",
          "name": "emea-csm team",
          "department": "strategic-emea",
          "kind": "csm",
          "headcount": 4,
          "owner": "dir-strategic"
        },
        {
          "id": "renewals-desk",
          "name": "renewals-desk team",
          "department": "renewals",
          "kind": "renewals",
          "headcount": 2,
          "owner": null
        },
        {
          "id": "strategic-csm",
          "name": "strategic-csm team",
          "department": "strategic-cs",
          "kind": "csm",
          "headcount": 6,
          "owner": "dir-strategic"
        }
      ]
    });
  });

  it('writes a Mermaid flowchart and a Graphviz graph that parse, with one box per leader, department and function', async () => {
    const mermaid = await org(['--format', 'mermaid']);
    const flowchart = checkFlowchart(mermaid.stdout);
    expect(flowchart.direction).toBe('TD');
    expect(flowchart.nodes.size).toBe(15);
    expect(flowchart.nodes.get('leader_vp_cs')).toBe('VP of Customer Success · 13 people');
    expect(flowchart.nodes.get('function_community')).toBe('community team (digital CS) · headcount not given');
    expect(flowchart.edges).toContainEqual({ from: 'department_strategic_cs', arrow: '-->', label: undefined, to: 'department_strategic_emea' });
    expect(flowchart.edges).toHaveLength(13); // 15 boxes, 2 at the top (the CEO, and Renewals, which no leader leads)

    const dot = await org(['--format', 'dot']);
    expect(checkDot(dot.stdout, 'org')).toEqual({ clusters: 0, nodes: 15, edges: 13 });
    expect(dot.stdout).toContain('"department:strategic-cs" [label="Strategic Customer Success department · Director of Strategic CS\\n10 people"');
  });

  it('without leaders, parent or org.yaml, still draws the departments and functions it has', async () => {
    const run = await org([], path.join(ROOT, 'tests/golden/orgs/without-org-yaml'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'The organization                                                          people',
        'client-outcomes department                                                     0',
        '└─ Customer Success Managers                                                   ?',
        'onboarding department                                                          0',
        '└─ Onboarding                                                                  ?',
        'technical-success department                                                   0',
        '└─ Support                                                                     ?',
        '',
        '0 people in 3 functions and 3 departments.',
        '3 functions give no headcount (shown as ?): add "headcount:" to their charters.',
      ].join('\n') + '\n',
    );
  });

  it('draws what it can of an org with a broken file, says so on stderr, and exits 0', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'charter-org-'));
    cpSync(path.join(STRUCTURED, 'charters'), path.join(cwd, 'charters'), { recursive: true });
    writeFileSync(path.join(cwd, 'charters/digital-cs.yaml'), 'id: digital-cs\nname: [unclosed\n');
    const run = await org([], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'charter: charters/digital-cs.yaml has problems, so part of the organization may be missing here; run charter lint to see and fix them\n',
    );
    expect(run.stdout).toContain('Scaled Customer Success department · Director of Scaled CS         0');
  });

  it('draws departments nested 5,000 deep without running out of stack, each line within 80 columns', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'charter-org-'));
    mkdirSync(path.join(cwd, 'charters'));
    const departments = Array.from({ length: 5000 }, (_, i) => `  - { id: d${i}, name: D${i}, internal: true${i > 0 ? `, parent: d${i - 1}` : ''} }`);
    writeFileSync(path.join(cwd, 'charters/org.yaml'), `name: Deep\nexecutiveSponsor: CCO\ndepartments:\n${departments.join('\n')}\n`);
    writeFileSync(path.join(cwd, 'charters/f.yaml'), 'id: f\nname: F\ndepartment: d4999\nheadcount: 3\n');
    for (const format of ['tree', 'json', 'mermaid', 'dot']) expect((await org(['--format', format], cwd)).code).toBe(0);
    const lines = (await org([], cwd)).stdout.split('\n');
    expect(lines[1]).toBe('D0 department                                                                  3');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('exits 2 with one line when there is nothing to draw', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'charter-org-'));
    expect(await org([], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: no "charters" directory here; run charter org <directory>, or start one with charter new <id>\n',
    });
  });

  it('draws the sample organization within 80 columns, as the README shows it', async () => {
    const run = await org([], ROOT);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`$ npx charter org\n${run.stdout.trimEnd()}\n\`\`\``);
    expect(run.stdout.split('\n')[1]).toBe('Chief Executive Officer                                                       39');
    expect(Math.max(...run.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });
});
