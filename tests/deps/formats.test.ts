import path from 'node:path';
import fc from 'fast-check';
import { fcParams } from '../helpers/fast-check.js';
import { describe, expect, it } from 'vitest';
import { filterRows, resolveFocus } from '../../src/deps/filter.js';
import { DEPS_FORMATS, loadDepsFormatter } from '../../src/deps/format/index.js';
import { csv } from '../../src/deps/format/csv.js';
import { nodeId as mermaidNodeId, text as mermaidText } from '../../src/deps/format/mermaid.js';
import { dependencyView, type DepsView } from '../../src/deps/rows.js';
import { loadProject } from '../../src/project/load.js';
import { checkFlowchart } from './mermaid-syntax.js';
import { checkDot } from './dot-syntax.js';
import { inertCsvCell } from '../../src/text/printable.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/deps');

async function viewOf(dir: string, implicit = false): Promise<DepsView> {
  return dependencyView((await loadProject([dir], dir)).model, { implicit });
}

async function render(format: (typeof DEPS_FORMATS)[number], view: DepsView): Promise<string> {
  return (await loadDepsFormatter(format))(view, { color: false, width: 100 });
}

describe('deps formats on an org with every status', () => {
  it.each([
    ['csv', CSV],
    ['markdown', MARKDOWN],
    ['mermaid', MERMAID],
    ['dot', DOT],
  ] as const)('%s', async (format, expected) => {
    expect(await render(format, await viewOf(path.join(FIXTURES, 'every-status'), true))).toBe(expected);
  });
});

/** Every view worth drawing: each sample-org function and department on its own, the whole orgs, with and without implicit providers. */
async function views(): Promise<[string, DepsView][]> {
  const out: [string, DepsView][] = [];
  for (const [name, dir] of [
    ['sample org', path.join(ROOT, 'charters')],
    ['every-status', path.join(FIXTURES, 'every-status')],
    ['broken', path.join(FIXTURES, 'broken')],
    ['edge-cases', path.join(FIXTURES, 'edge-cases')],
    ['none', path.join(FIXTURES, 'none')],
  ] as const) {
    for (const implicit of [false, true]) {
      const view = await viewOf(dir, implicit);
      out.push([`${name}${implicit ? ' --implicit' : ''}`, view]);
      for (const id of [...view.functions.keys(), ...view.departments.keys()]) {
        out.push([`${name} --function ${id}${implicit ? ' --implicit' : ''}`, filterRows(view, { focus: resolveFocus(view, id) })]);
      }
    }
  }
  return out;
}

describe('a function with no dependency in or out', () => {
  const none = path.join(FIXTURES, 'none');

  it('still appears in mermaid and dot, in its department', async () => {
    const view = await viewOf(none);
    expect(view.rows).toEqual([]);
    expect(await render('mermaid', view)).toContain('  subgraph dept_success["success"]\n    fn_csm["Customer Success Managers"]\n  end\n');
    expect(await render('dot', view)).toContain('  subgraph "cluster_success" {\n    label="success";\n    "fn:csm" [label="Customer Success Managers"];\n  }\n');
    expect(checkFlowchart(await render('mermaid', view)).nodes.has('fn_csm')).toBe(true);
    expect(checkDot(await render('dot', view)).nodes).toBe(1);
  });

  it('appears when it is the --function focus; --status alone draws only the functions its rows name', async () => {
    const view = await viewOf(none);
    expect(checkFlowchart(await render('mermaid', filterRows(view, { focus: resolveFocus(view, 'csm') }))).nodes.has('fn_csm')).toBe(true);
    expect(checkFlowchart(await render('mermaid', filterRows(view, { focus: resolveFocus(view, 'success') }))).nodes.has('fn_csm')).toBe(true);
    expect(checkFlowchart(await render('mermaid', filterRows(view, { status: 'unknown' }))).nodes.size).toBe(0);
  });

  it('every function of the sample org is drawn in the whole view', async () => {
    const view = await viewOf(path.join(ROOT, 'charters'));
    const nodes = checkFlowchart(await render('mermaid', view)).nodes;
    for (const id of view.functions.keys()) expect(nodes.has(mermaidNodeId('function', id)), id).toBe(true);
  });
});

describe('mermaid', () => {
  it('is a well-formed flowchart for every view, with one styled edge per dependency', async () => {
    const all = await views();
    expect(all.length).toBeGreaterThan(40);
    for (const [name, view] of all) {
      const diagram = await render('mermaid', view);
      let summary;
      try {
        summary = checkFlowchart(diagram);
      } catch (err) {
        throw new Error(`${name}: ${(err as Error).message}\n${diagram}`);
      }
      expect(summary.edges.length, name).toBe(view.rows.length);
    }
  });

  it('groups functions by department and styles edges by status', async () => {
    const summary = checkFlowchart(await render('mermaid', await viewOf(path.join(FIXTURES, 'every-status'), true)));
    expect(Object.fromEntries(summary.subgraphs)).toEqual({
      dept_ops: ['fn_ops'],
      dept_success: ['all_success', 'fn_csm'],
      dept_technical: ['all_technical', 'fn_architects', 'fn_support'],
    });
    const styleOf = (from: string, to: string) => {
      const i = summary.edges.findIndex((e) => e.from === from && e.to === to);
      return `${summary.edges[i]!.arrow} ${summary.linkStyles.get(i)!}`;
    };
    expect(styleOf('fn_csm', 'fn_support')).toBe('--> stroke:#2e7d32');
    expect(styleOf('fn_support', 'fn_csm')).toBe('==> stroke:#ef6c00,stroke-width:3px');
    expect(styleOf('fn_csm', 'team_product')).toBe('--> stroke:#757575');
    expect(styleOf('fn_csm', 'unknown_sales_ops')).toBe('--> stroke:#c62828');
    expect(styleOf('fn_csm', 'fn_ops')).toBe('-.-> stroke:#9e9e9e');
    expect(summary.classes.get('team_product')).toBe('external');
    expect(summary.classes.get('unknown_sales_ops')).toBe('unknown');
  });

  it('the checker rejects what Mermaid would reject', () => {
    const ok = 'flowchart LR\n  a["A"]\n  b["B"]\n  a --> b\n  linkStyle 0 stroke:#000\n';
    expect(() => checkFlowchart(ok)).not.toThrow();
    for (const [bad, reason] of [
      [ok.replace('a["A"]', 'a["A "quoted""]'), 'not a statement'],
      [ok.replace('  a --> b\n', '  a --> c\n'), 'not a declared node'],
      [ok.replace('linkStyle 0', 'linkStyle 1'), 'out of range'],
      [ok.replace('  linkStyle 0 stroke:#000\n', ''), 'has no linkStyle'],
      [ok.replace('b["B"]', 'end["B"]').replace('--> b', '--> end'), 'keyword'],
      ['flowchart LR\n  subgraph s["S"]\n    a["A"]\n', 'never closed'],
      [ok.replace('a["A"]', 'a["A #quot;"]'), 'not a statement'],
      [ok.replace('a["A"]', 'a["A <b>"]'), 'not a statement'],
      ['graph LR\n', 'expected "flowchart'],
    ] as const) {
      expect(() => checkFlowchart(bad)).toThrow(reason);
    }
  });

  it('writes any label so that it stays one well-formed quoted string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (label) => {
        expect(() => checkFlowchart(`flowchart LR\n  a["${mermaidText(label)}"]\n`)).not.toThrow();
      }),
      fcParams(),
    );
    expect(mermaidText('Product "Core" & <Platform> #3; `x`')).toBe("Product 'Core' &amp; &lt;Platform&gt; #\u20603; 'x'");
  });
});

describe('dot', () => {
  it('is a well-formed Graphviz digraph for every view', async () => {
    for (const [name, view] of await views()) {
      const graph = await render('dot', view);
      let summary;
      try {
        summary = checkDot(graph);
      } catch (err) {
        throw new Error(`${name}: ${(err as Error).message}\n${graph}`);
      }
      expect(summary.edges, name).toBe(view.rows.length);
    }
  });
});

describe('csv', () => {
  it('reads back field for field, whatever the text (a formula-like cell gets a leading \'; see inertCsvCell)', async () => {
    const view = await viewOf(path.join(FIXTURES, 'every-status'));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const rows = parseCsv(csv({ ...view, rows: [{ ...view.rows[0]!, for: text }] }, { color: false, width: 100 }));
        expect(rows).toEqual([
          ['from', 'to', 'id', 'for', 'status', 'fulfilledBy'],
          ['architects', 'success', 'success-plans', inertCsvCell(text), 'unacknowledged', ''],
        ]);
      }),
      fcParams(),
    );
  });
});

/** A strict RFC 4180 reader, for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c === '"' || c === '\r') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i++;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the text does not end with a complete line');
  return rows;
}

const CSV = `from,to,id,for,status,fulfilledBy
architects,ops,,What every function relies on without listing it (implicitProviders in org.yaml).,implicit,
architects,success,success-plans,A success plan for every customer.,unacknowledged,
csm,ops,,What every function relies on without listing it (implicitProviders in org.yaml).,implicit,
csm,product,,"Shipping the roadmap, on time.",external,
csm,sales-ops,renewal-forecast,A renewal forecast every quarter.,unknown,
csm,support,fix-fast,Fixing break-fix tickets within 8 business hours.,acknowledged,support/triage; support/escalate
csm,technical,configuration,"Configuration help ""beyond"" the statement of work | phase 2 & #3, <fast>",acknowledged,architects/configuration-work
support,csm,handover,"A clean handover, with notes, for every new customer.",unacknowledged,
support,ops,tooling,Ticketing tooling.,acknowledged,ops/ticketing
`;

const MARKDOWN = `| Function | Depends on | For | Status |
| --- | --- | --- | --- |
| architects | ops | What every function relies on without listing it (implicitProviders in org.yaml). | implicit: listed in implicitProviders |
| architects | success (department) | A success plan for every customer. | **unacknowledged**: no function of success has an activity that fulfils it yet |
| csm | ops | What every function relies on without listing it (implicitProviders in org.yaml). | implicit: listed in implicitProviders |
| csm | product | Shipping the roadmap, on time. | external: Product "Core" & Platform is outside this organization |
| csm | sales-ops | A renewal forecast every quarter. | **unknown**: "sales-ops" names no function, department or external team; run charter lint |
| csm | support | Fixing break-fix tickets within 8 business hours. | acknowledged by support: Triage break-fix tickets<br>by support: Escalate what cannot be fixed in a day |
| csm | technical (department) | Configuration help "beyond" the statement of work \\| phase 2 & #3, \\<fast\\> | acknowledged by architects: Deliver new configuration after onboarding |
| support | csm | A clean handover, with notes, for every new customer. | **unacknowledged**: no activity of csm fulfils it yet |
| support | ops | Ticketing tooling. | acknowledged by ops: Run the ticketing system |

7 dependencies: 3 acknowledged, 2 unacknowledged, 1 external, 1 unknown; plus 2 implicit
`;

const MERMAID = `flowchart LR
  %% Who depends on whom (charter deps). Edges: green = acknowledged, orange and thick = unacknowledged, grey = on an external team, red = on an unknown team, dotted = implicit provider.
  subgraph dept_ops["CS Operations"]
    fn_ops["CS Operations"]
  end
  subgraph dept_success["Customer Success"]
    all_success[["Customer Success (whole department)"]]
    fn_csm["Customer Success Managers"]
  end
  subgraph dept_technical["Technical Success"]
    all_technical[["Technical Success (whole department)"]]
    fn_architects["Customer Success Architects"]
    fn_support["Support"]
  end
  team_product(["Product 'Core' &amp; Platform"])
  unknown_sales_ops{{"sales-ops (unknown team)"}}
  fn_architects -.-> fn_ops
  fn_architects ==>|success-plans| all_success
  fn_csm -.-> fn_ops
  fn_csm --> team_product
  fn_csm -->|renewal-forecast| unknown_sales_ops
  fn_csm -->|fix-fast| fn_support
  fn_csm -->|configuration| all_technical
  fn_support ==>|handover| fn_csm
  fn_support -->|tooling| fn_ops
  classDef external fill:#f5f5f5,stroke:#757575,color:#424242
  class team_product external
  classDef unknown fill:#ffebee,stroke:#c62828,color:#b71c1c
  class unknown_sales_ops unknown
  linkStyle 5,6,8 stroke:#2e7d32
  linkStyle 1,7 stroke:#ef6c00,stroke-width:3px
  linkStyle 3 stroke:#757575
  linkStyle 4 stroke:#c62828
  linkStyle 0,2 stroke:#9e9e9e
`;

const DOT = `digraph dependencies {
  // Who depends on whom (charter deps). Edges: green = acknowledged, orange and thick = unacknowledged,
  // grey = on an external team, red = on an unknown team, dashed = implicit provider.
  graph [rankdir=LR, fontname="Helvetica"];
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph "cluster_ops" {
    label="CS Operations";
    "fn:ops" [label="CS Operations"];
  }
  subgraph "cluster_success" {
    label="Customer Success";
    "dept:success" [label="Customer Success\\n(whole department)", shape=folder];
    "fn:csm" [label="Customer Success Managers"];
  }
  subgraph "cluster_technical" {
    label="Technical Success";
    "dept:technical" [label="Technical Success\\n(whole department)", shape=folder];
    "fn:architects" [label="Customer Success Architects"];
    "fn:support" [label="Support"];
  }
  "team:product" [label="Product \\"Core\\" & Platform\\n(external)", style="rounded,dashed", color="#757575"];
  "unknown:sales-ops" [label="sales-ops\\n(unknown team)", shape=octagon, style="", color="#c62828", fontcolor="#c62828"];
  "fn:architects" -> "fn:ops" [tooltip="What every function relies on without listing it (implicitProviders in org.yaml).", color="#9e9e9e", style=dashed];
  "fn:architects" -> "dept:success" [label="success-plans", tooltip="A success plan for every customer.", color="#ef6c00", penwidth=2.5];
  "fn:csm" -> "fn:ops" [tooltip="What every function relies on without listing it (implicitProviders in org.yaml).", color="#9e9e9e", style=dashed];
  "fn:csm" -> "team:product" [tooltip="Shipping the roadmap, on time.", color="#757575"];
  "fn:csm" -> "unknown:sales-ops" [label="renewal-forecast", tooltip="A renewal forecast every quarter.", color="#c62828", style=bold];
  "fn:csm" -> "fn:support" [label="fix-fast", tooltip="Fixing break-fix tickets within 8 business hours.", color="#2e7d32"];
  "fn:csm" -> "dept:technical" [label="configuration", tooltip="Configuration help \\"beyond\\" the statement of work | phase 2 & #3, <fast>", color="#2e7d32"];
  "fn:support" -> "fn:csm" [label="handover", tooltip="A clean handover, with notes, for every new customer.", color="#ef6c00", penwidth=2.5];
  "fn:support" -> "fn:ops" [label="tooling", tooltip="Ticketing tooling.", color="#2e7d32"];
}
`;
