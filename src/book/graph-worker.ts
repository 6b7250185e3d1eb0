/**
 * Lays out the dependency graph on a worker thread, so that the pages are built and
 * written while Graphviz works (see drawGraph in graph.ts). Receives DOT, answers SVG
 * or an error message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderSvg } from './graph.js';

renderSvg(workerData as string).then(
  (svg) => parentPort?.postMessage({ svg }),
  (err: unknown) => parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) }),
);
