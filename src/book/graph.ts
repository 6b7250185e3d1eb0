import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { dependencyGraph, type GraphEdge } from '../deps/graph.js';
import type { DepsView, RowStatus } from '../deps/rows.js';
import { quote } from '../deps/format/dot.js';
import { functionPage } from './ids.js';

/** Edge looks by status: colour plus a line style, so that the status never rests on colour alone. */
export const EDGE_LOOK: Record<RowStatus, { color: string; style: string; penwidth: number; words: string }> = {
  acknowledged: { color: '#2e7d32', style: 'solid', penwidth: 1.2, words: 'taken on by the team depended on' },
  unacknowledged: { color: '#c2410c', style: 'dashed', penwidth: 2.6, words: 'not yet taken on (no activity fulfils it)' },
  external: { color: '#6b7280', style: 'solid', penwidth: 1, words: 'on a team outside the organization' },
  unknown: { color: '#b91c1c', style: 'dotted', penwidth: 2, words: 'on a team no charter or org.yaml names' },
  implicit: { color: '#9ca3af', style: 'dotted', penwidth: 1, words: 'implicit provider' },
};

/** Graphviz measures text with its built-in Helvetica metrics; browsers draw it with Helvetica or its metric twins (Arial, Liberation Sans). */
const FONT = 'Helvetica';

/**
 * Above this many functions, Graphviz is told to spend less effort on crossings and
 * draws straight edges: at 1,000 functions its default effort takes about a minute,
 * these settings about a second, and a graph that size is read by zooming, not whole.
 */
export const LARGE_GRAPH = 150;
const LARGE_GRAPH_SETTINGS = 'mclimit=0.01, nslimit=0.2, nslimit1=0.2, remincross=false, searchsize=5, splines=line, ';

/**
 * The book's dependency graph in DOT: every function (isolated ones included), one
 * cluster per department, each function linking to its page (relative to the book's
 * root), unacknowledged edges thick, dashed and orange; several dependencies between
 * the same two teams with the same status are one arrow labelled with their number.
 */
export function bookDot(view: DepsView): string {
  const graph = dependencyGraph(view);
  const lines = [
    'digraph dependencies {',
    `  graph [rankdir=LR, ${view.drawn.length > LARGE_GRAPH ? LARGE_GRAPH_SETTINGS : ''}fontname=${quote(FONT)}, fontsize=13, nodesep=0.25, ranksep=0.9, bgcolor="transparent", pad=0.2];`,
    `  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#475569", fontname=${quote(FONT)}, fontsize=12, margin="0.15,0.07"];`,
    `  edge [fontname=${quote(FONT)}, fontsize=10, arrowsize=0.7];`,
  ];
  const fnNode = (id: string, name: string) =>
    `${quote(`fn:${id}`)} [label=${quote(name)}, URL=${quote(functionPage(id))}, tooltip=${quote(`${name}: open its charter`)}];`;
  for (const dept of graph.departments) {
    lines.push(`  subgraph ${quote(`cluster_${dept.id}`)} {`);
    lines.push(`    label=${quote(dept.name)}; style="rounded,filled"; fillcolor="#f1f5f9"; color="#cbd5e1"; fontcolor="#334155";`);
    if (dept.targeted) lines.push(`    ${quote(`dept:${dept.id}`)} [label=${quote(`${dept.name}\n(whole department)`, true)}, shape=folder, style=filled, fillcolor="#e2e8f0"];`);
    for (const fn of dept.functions) lines.push(`    ${fnNode(fn.id, fn.name)}`);
    lines.push('  }');
  }
  for (const fn of graph.loose) lines.push(`  ${fnNode(fn.id, fn.name)}`);
  for (const team of graph.externals) {
    lines.push(`  ${quote(`team:${team.id}`)} [label=${quote(`${team.name}\n(outside the organization)`, true)}, style="rounded,dashed", color="#6b7280", fontcolor="#374151"];`);
  }
  for (const id of graph.unknowns) {
    lines.push(`  ${quote(`unknown:${id}`)} [label=${quote(`${id}\n(unknown team)`, true)}, shape=octagon, style="", color="#b91c1c", fontcolor="#b91c1c"];`);
  }
  for (const group of groupEdges(graph.edges)) lines.push(`  ${edgeLine(group)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const KEY_PREFIX = { function: 'fn', department: 'dept', external: 'team', unknown: 'unknown' } as const;

/** Edges between the same two teams with the same status, drawn as one arrow labelled with their number. */
function groupEdges(edges: readonly GraphEdge[]): GraphEdge[][] {
  const groups = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const key = `${edge.from}\u0000${edge.to.kind}\u0000${edge.to.id}\u0000${edge.status}`;
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(edge);
  }
  return [...groups.values()];
}

function edgeLine(group: GraphEdge[]): string {
  const edge = group[0]!;
  const look = EDGE_LOOK[edge.status];
  const attrs = [
    `tooltip=${quote(`${group.map((e) => e.for).join(' / ')} (${look.words})`)}`,
    `color=${quote(look.color)}`,
    `style=${look.style}`,
    `penwidth=${look.penwidth + Math.min(group.length - 1, 4) * 0.4}`,
    ...(group.length > 1 ? [`label=${quote(String(group.length))}`, `fontcolor=${quote(look.color)}`] : []),
  ];
  return `${quote(`fn:${edge.from}`)} -> ${quote(`${KEY_PREFIX[edge.to.kind]}:${edge.to.id}`)} [${attrs.join(', ')}];`;
}

/** Graphviz compiled to WebAssembly, loaded once per process. */
let viz: Promise<import('@viz-js/viz').Viz> | undefined;

/**
 * Draws the graph as SVG markup for inline use: Graphviz's own output (it escapes
 * every label) without the XML prolog, doctype and comments. Graphviz's warnings are
 * dropped; a graph it cannot draw is an internal error.
 */
export async function renderSvg(dot: string): Promise<string> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  const result = (await viz).render(dot, { format: 'svg', engine: 'dot' });
  if (result.status !== 'success') {
    throw new Error(`Graphviz could not draw the dependency graph: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  const svg = result.output;
  const start = svg.indexOf('<svg');
  return svg
    .slice(start)
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .trim();
}

/** Below this many functions the layout is quick, and a thread would cost more than it saves. */
const WORKER_FROM = 100;

/**
 * Starts drawing the graph of `functions` functions: on a worker thread for a large org
 * (the caller builds and writes the pages meanwhile), in this thread for a small one, or
 * when the worker's compiled file is not there (running from the TypeScript sources).
 */
export function drawGraph(dot: string, functions: number): Promise<string> {
  const worker = new URL('./graph-worker.js', import.meta.url);
  if (functions < WORKER_FROM || !existsSync(fileURLToPath(worker))) return renderSvg(dot);
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, { workerData: dot });
    thread.once('message', (m: { svg?: string; error?: string }) => {
      void thread.terminate();
      if (m.svg !== undefined) resolve(m.svg);
      else reject(new Error(m.error ?? 'the graph could not be drawn'));
    });
    thread.once('error', reject);
  });
}
