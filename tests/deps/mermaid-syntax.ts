/**
 * A strict checker of the Mermaid flowchart subset that `charter deps --format mermaid`
 * writes. Mermaid's own parser needs a browser-like DOM and a large dependency tree,
 * so the tests hold the output to this grammar instead, which is narrower than
 * Mermaid's: anything it accepts, Mermaid's flowchart grammar accepts too.
 *
 *   diagram    := "flowchart" SP direction NL (statement NL)*
 *   statement  := comment | subgraph | "end" | node | edge | classDef | class | linkStyle
 *   subgraph   := "subgraph" SP id '["' label '"]'           (no nesting)
 *   node       := id ( '["' label '"]' | '[["' label '"]]' | '(["' label '"])' | '{{"' label '"}}' )
 *   edge       := id SP ("-->" | "==>" | "-.->") ("|" kebab-id "|")? SP id
 *   classDef   := "classDef" SP word SP style ("," style)*
 *   class      := "class" SP id ("," id)* SP word
 *   linkStyle  := "linkStyle" SP index ("," index)* SP style ("," style)*
 *
 * and: ids are letters, digits and underscores, start with a letter and are no keyword;
 * quoted labels hold no quote, backtick, line break or angle bracket, no "&" but in
 * &amp; &lt; &gt;, and no "#" that Mermaid would read as an entity code (#quot;);
 * every id is defined once (node or subgraph), before any edge; edges join nodes (not
 * subgraphs); every link index exists and is styled once; every class names a node.
 */

const KEYWORDS = new Set(['end', 'subgraph', 'graph', 'flowchart', 'style', 'class', 'classDef', 'click', 'linkStyle', 'call', 'href', 'default', 'direction']);
const ID = '[A-Za-z][A-Za-z0-9_]*';
const LABEL = '((?:[^"<>&#`\\n]|&(?:amp|lt|gt);|#(?!\\w+;))*)';
const EDGE_LABEL = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const STYLE = '[a-z-]+:[#A-Za-z0-9.%-]+';
const NODE_SHAPES = [
  new RegExp(`^(${ID})\\["${LABEL}"\\]$`),
  new RegExp(`^(${ID})\\[\\["${LABEL}"\\]\\]$`),
  new RegExp(`^(${ID})\\(\\["${LABEL}"\\]\\)$`),
  new RegExp(`^(${ID})\\{\\{"${LABEL}"\\}\\}$`),
];
const SUBGRAPH = new RegExp(`^subgraph (${ID})\\["${LABEL}"\\]$`);
const EDGE = new RegExp(`^(${ID}) (-->|==>|-\\.->)(?:\\|${EDGE_LABEL}\\|)? (${ID})$`);
const CLASS_DEF = new RegExp(`^classDef ([a-z]+) ${STYLE}(?:,${STYLE})*$`);
const CLASS = new RegExp(`^class (${ID}(?:,${ID})*) ([a-z]+)$`);
const LINK_STYLE = new RegExp(`^linkStyle (\\d+(?:,\\d+)*) ${STYLE}(?:,${STYLE})*$`);

/** What the checker learnt from a valid diagram, for tests to assert on. */
export interface FlowchartSummary {
  direction: string;
  /** Subgraph id -> its nodes' ids. */
  subgraphs: Map<string, string[]>;
  /** Node id -> label (entity codes left as written). */
  nodes: Map<string, string>;
  edges: { from: string; arrow: string; label: string | undefined; to: string }[];
  /** Edge index -> its linkStyle. */
  linkStyles: Map<number, string>;
  /** Node id -> class. */
  classes: Map<string, string>;
}

/** Checks `text` against the grammar above; throws with the line number and reason on the first problem. */
export function checkFlowchart(text: string): FlowchartSummary {
  if (!text.endsWith('\n')) throw new Error('the diagram does not end with a line break');
  const lines = text.slice(0, -1).split('\n');
  const header = /^flowchart (LR|RL|TB|TD|BT)$/.exec(lines[0] ?? '');
  if (header === null) throw new Error(`line 1: expected "flowchart <direction>", got ${JSON.stringify(lines[0])}`);
  const summary: FlowchartSummary = {
    direction: header[1]!,
    subgraphs: new Map(),
    nodes: new Map(),
    edges: [],
    linkStyles: new Map(),
    classes: new Map(),
  };
  const classDefs = new Set<string>();
  let openSubgraph: string | undefined;
  const defined = new Set<string>();
  const define = (id: string, at: string): void => {
    if (KEYWORDS.has(id) || KEYWORDS.has(id.toLowerCase())) throw new Error(`${at}: "${id}" is a Mermaid keyword`);
    if (defined.has(id)) throw new Error(`${at}: "${id}" is defined twice`);
    if (summary.edges.length > 0) throw new Error(`${at}: "${id}" is defined after the first edge`);
    defined.add(id);
  };

  lines.slice(1).forEach((raw, i) => {
    const at = `line ${i + 2}`;
    const indent = openSubgraph === undefined ? '  ' : '    ';
    if (raw.trim() === 'end' && openSubgraph !== undefined) {
      if (raw !== '  end') throw new Error(`${at}: "end" should be indented by two spaces`);
      if (summary.subgraphs.get(openSubgraph)!.length === 0) throw new Error(`${at}: subgraph ${openSubgraph} is empty`);
      openSubgraph = undefined;
      return;
    }
    if (!raw.startsWith(indent) || raw[indent.length] === ' ') throw new Error(`${at}: expected an indent of ${indent.length} spaces: ${JSON.stringify(raw)}`);
    const line = raw.slice(indent.length);
    if (line.startsWith('%%')) {
      if (line.includes('{') || line.includes('}')) throw new Error(`${at}: a comment must not hold braces (Mermaid reads %%{ as a directive)`);
      return;
    }
    const sub = SUBGRAPH.exec(line);
    if (sub !== null) {
      if (openSubgraph !== undefined) throw new Error(`${at}: nested subgraph`);
      define(sub[1]!, at);
      summary.subgraphs.set(sub[1]!, []);
      openSubgraph = sub[1]!;
      return;
    }
    for (const shape of NODE_SHAPES) {
      const node = shape.exec(line);
      if (node === null) continue;
      define(node[1]!, at);
      summary.nodes.set(node[1]!, node[2]!);
      if (openSubgraph !== undefined) summary.subgraphs.get(openSubgraph)!.push(node[1]!);
      return;
    }
    if (openSubgraph !== undefined) throw new Error(`${at}: only nodes may be declared inside a subgraph: ${JSON.stringify(line)}`);
    const edge = EDGE.exec(line);
    if (edge !== null) {
      const [, from, arrow, label, to] = edge;
      for (const end of [from!, to!]) {
        if (!summary.nodes.has(end)) throw new Error(`${at}: edge end "${end}" is not a declared node`);
      }
      summary.edges.push({ from: from!, arrow: arrow!, label, to: to! });
      return;
    }
    const classDef = CLASS_DEF.exec(line);
    if (classDef !== null) {
      classDefs.add(classDef[1]!);
      return;
    }
    const cls = CLASS.exec(line);
    if (cls !== null) {
      if (!classDefs.has(cls[2]!)) throw new Error(`${at}: class "${cls[2]}" is used before its classDef`);
      for (const id of cls[1]!.split(',')) {
        if (!summary.nodes.has(id)) throw new Error(`${at}: class names "${id}", which is not a node`);
        summary.classes.set(id, cls[2]!);
      }
      return;
    }
    const linkStyle = LINK_STYLE.exec(line);
    if (linkStyle !== null) {
      for (const n of linkStyle[1]!.split(',').map(Number)) {
        if (n >= summary.edges.length) throw new Error(`${at}: linkStyle ${n} is out of range (${summary.edges.length} edges)`);
        if (summary.linkStyles.has(n)) throw new Error(`${at}: edge ${n} is styled twice`);
        summary.linkStyles.set(n, line.slice(line.lastIndexOf(' ') + 1));
      }
      return;
    }
    throw new Error(`${at}: not a statement of the flowchart subset: ${JSON.stringify(line)}`);
  });
  if (openSubgraph !== undefined) throw new Error(`subgraph ${openSubgraph} is never closed with "end"`);
  for (let n = 0; n < summary.edges.length; n++) if (!summary.linkStyles.has(n)) throw new Error(`edge ${n} has no linkStyle`);
  return summary;
}
