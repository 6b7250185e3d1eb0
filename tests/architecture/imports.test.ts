/**
 * The import graph of src/ follows the layers of docs/architecture.md: a module imports
 * only from its own folder or from a lower layer, and no import (static, dynamic or
 * type-only) closes a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/**
 * The layers, lowest first: the stage folders (and the top-level modules) of src/.
 * Keep in step with the table in docs/architecture.md.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'version.ts', 'findings', 'text', 'files'],
  ['load', 'locate', 'git'],
  ['schema'],
  ['model', 'clock'],
  ['project'],
  ['rules'],
  ['suppress'],
  ['config'],
  ['lint'],
  ['cache', 'format', 'deps', 'diff', 'scaffold'],
  ['org'],
  ['book'],
  ['cli', 'index.ts'],
  ['bin'],
];

/** The layer unit of a module: its top folder under src/, or its file name when it sits in src/ itself. */
const unitOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0]!;

function layerOf(unit: string): number {
  const i = LAYERS.findIndex((l) => l.includes(unit));
  if (i < 0) throw new Error(`src/${unit} is in no layer: add it to LAYERS and to docs/architecture.md`);
  return i;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every module of src/ and the modules of src/ it imports (relative imports; `.js` written for `.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of the graph, each as the list of its modules (Tarjan's strongly connected components). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return cycles;
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('has every import resolve to a module of src/', () => {
    const missing = [...graph].flatMap(([from, tos]) => tos.filter((to) => !graph.has(to)).map((to) => `${rel(from)} -> ${rel(to)}`));
    expect(missing).toEqual([]);
  });

  it('has no import from a lower layer to a higher one, nor between folders of one layer', () => {
    const wrong = [...graph].flatMap(([from, tos]) =>
      tos
        .filter((to) => unitOf(from) !== unitOf(to) && layerOf(unitOf(to)) >= layerOf(unitOf(from)))
        .map((to) => `${rel(from)} -> ${rel(to)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cyclesOf(graph).map((c) => c.map(rel))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find a cycle, and only a real one', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf(new Map([['a', ['b']], ['b', []], ['c', ['a', 'b']]]))).toEqual([]);
  });

  it('place every folder of src/ in a layer', () => {
    const units = readdirSync(SRC).filter((n) => !n.startsWith('.'));
    for (const unit of units) expect(() => layerOf(unit), unit).not.toThrow();
  });
});
