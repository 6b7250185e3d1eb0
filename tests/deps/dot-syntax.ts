/**
 * A strict checker of the DOT subset that `charter deps --format dot` writes
 * (a subset of Graphviz's grammar, so what passes here Graphviz reads too):
 *
 *   graph     := "digraph " NAME " {" NL stmt* "}" NL       (NAME: "dependencies" for deps, "org" for org)
 *   stmt      := comment | ("graph"|"node"|"edge") SP attrs ";" | cluster | node | edge
 *   cluster   := 'subgraph "cluster_' ... '" {' NL 'label=' QUOTED ';' NL node* '}'   (no nesting)
 *   node      := QUOTED SP attrs ";"
 *   edge      := QUOTED " -> " QUOTED SP attrs ";"
 *   attrs     := "[" key "=" value (", " key "=" value)* "]"
 *   value     := QUOTED | bare word or number
 *   QUOTED    := '"' ( any character but '"', '\' and line breaks | '\' any character )* '"'
 *
 * and: every node is declared once, before the edges; edges join declared nodes.
 */

const QUOTED = '"(?:[^"\\\\\\n]|\\\\.)*"';
const VALUE = `(?:${QUOTED}|[A-Za-z0-9.#]+)`;
const ATTRS = `\\[[a-z]+=${VALUE}(?:, [a-z]+=${VALUE})*\\]`;
const DEFAULTS = new RegExp(`^(graph|node|edge) ${ATTRS};$`);
const CLUSTER = new RegExp(`^subgraph ("cluster_(?:[^"\\\\\\n]|\\\\.)*") \\{$`);
const LABEL = new RegExp(`^label=${QUOTED};$`);
const NODE = new RegExp(`^(${QUOTED}) ${ATTRS};$`);
const EDGE = new RegExp(`^(${QUOTED}) -> (${QUOTED}) ${ATTRS};$`);

/** What the checker counted in a valid graph. */
export interface DotSummary {
  clusters: number;
  nodes: number;
  edges: number;
}

/** Checks `text` against the grammar above; throws with the line number and reason on the first problem. */
export function checkDot(text: string, name = 'dependencies'): DotSummary {
  if (!text.endsWith('}\n')) throw new Error('the graph does not end with "}" and a line break');
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== `digraph ${name} {`) throw new Error(`line 1: expected "digraph ${name} {", got ${JSON.stringify(lines[0])}`);
  const nodes = new Set<string>();
  let clusters = 0;
  let edges = 0;
  let inCluster = false;
  let clusterHasLabel = false;
  lines.slice(1, -1).forEach((raw, i) => {
    const at = `line ${i + 2}`;
    const indent = inCluster ? '    ' : '  ';
    if (inCluster && raw === '  }') {
      if (!clusterHasLabel) throw new Error(`${at}: a cluster without a label`);
      inCluster = false;
      return;
    }
    if (!raw.startsWith(indent) || raw[indent.length] === ' ') throw new Error(`${at}: expected an indent of ${indent.length} spaces: ${JSON.stringify(raw)}`);
    const line = raw.slice(indent.length);
    if (!inCluster && line.startsWith('// ')) return;
    if (!inCluster && DEFAULTS.test(line)) {
      if (nodes.size > 0) throw new Error(`${at}: defaults after the first node`);
      return;
    }
    if (!inCluster && CLUSTER.test(line)) {
      if (edges > 0) throw new Error(`${at}: a cluster after the first edge`);
      inCluster = true;
      clusterHasLabel = false;
      clusters++;
      return;
    }
    if (inCluster && LABEL.test(line)) {
      clusterHasLabel = true;
      return;
    }
    const node = NODE.exec(line);
    if (node !== null) {
      if (edges > 0) throw new Error(`${at}: node ${node[1]} declared after the first edge`);
      if (nodes.has(node[1]!)) throw new Error(`${at}: node ${node[1]} declared twice`);
      nodes.add(node[1]!);
      return;
    }
    const edge = inCluster ? null : EDGE.exec(line);
    if (edge !== null) {
      for (const end of [edge[1]!, edge[2]!]) if (!nodes.has(end)) throw new Error(`${at}: edge end ${end} is not a declared node`);
      edges++;
      return;
    }
    throw new Error(`${at}: not a statement of the DOT subset: ${JSON.stringify(line)}`);
  });
  if (inCluster) throw new Error('a cluster is never closed');
  return { clusters, nodes: nodes.size, edges };
}
