import type { LintResult } from '../lint/run.js';
import { bookOf } from './data.js';
import { bookDot, drawGraph } from './graph.js';
import { functionPage, PAGES, STYLESHEET } from './ids.js';
import type { PageContext } from './layout.js';
import { dependenciesPage } from './pages/dependencies.js';
import { findingsPage } from './pages/findings.js';
import { charterPage } from './pages/function.js';
import { indexPage } from './pages/index.js';
import { metricsPage } from './pages/metrics.js';
import { risksPage } from './pages/risks.js';
import { STYLESHEET_TEXT } from './style.js';

/** The book's files: path relative to the book's root, and content. */
export type BookFiles = Map<string, string>;

/** Builds every page of the book from one lint run's result (the model, the findings). */
export async function buildBook(result: Pick<LintResult, 'model' | 'findings'>, version: string): Promise<BookFiles> {
  const book = bookOf(result);
  const ctx: PageContext = { orgTitle: book.title, version };
  // Graphviz works (on a thread for a large org) while the other pages are built.
  const svg = drawGraph(bookDot(book.deps), book.functions.size);
  const files: BookFiles = new Map();
  files.set(STYLESHEET, STYLESHEET_TEXT);
  files.set(PAGES.index, indexPage(book, ctx));
  files.set(PAGES.risks, risksPage(book, ctx));
  files.set(PAGES.metrics, metricsPage(book, ctx));
  files.set(PAGES.findings, findingsPage(book, ctx));
  for (const fn of book.functions.values()) files.set(functionPage(fn.id), charterPage(book, fn, ctx));
  files.set(PAGES.dependencies, dependenciesPage(book, await svg, ctx));
  return files;
}
