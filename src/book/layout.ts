import { html, trusted, type Html } from './html.js';
import { linkFrom, PAGES, STYLESHEET } from './ids.js';

/** What every page needs to know about the book. */
export interface PageContext {
  /** The organization's name. */
  orgTitle: string;
  /** The charter version that built the book. */
  version: string;
}

const NAV: { page: string; label: string }[] = [
  { page: PAGES.index, label: 'Overview' },
  { page: PAGES.dependencies, label: 'Dependencies' },
  { page: PAGES.risks, label: 'Risks' },
  { page: PAGES.metrics, label: 'Metrics' },
  { page: PAGES.findings, label: 'Health' },
];

/** A whole page: `path` is where it is written, relative to the book's root (links are made relative to it). */
export function page(path: string, title: string, ctx: PageContext, body: Html): string {
  const current = NAV.find((n) => n.page === path)?.page;
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="charter book ${ctx.version}">
<title>${title === ctx.orgTitle ? title : `${title} · ${ctx.orgTitle}`}</title>
<link rel="stylesheet" href="${linkFrom(path, STYLESHEET)}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="bar">
<a class="org" href="${linkFrom(path, PAGES.index)}">${ctx.orgTitle}</a>
<nav aria-label="Book"><ul>
${NAV.map((n) => html`<li><a href="${linkFrom(path, n.page)}"${n.page === current ? trusted(' aria-current="page"') : ''}>${n.label}</a></li>`)}
</ul></nav>
</div></header>
<main id="main">
${body}
</main>
<footer class="site">Built from the charters by charter book ${ctx.version}. Edit the YAML files, not these pages.</footer>
</body>
</html>
`;
  return doc.text;
}

/** "1 function", "3 functions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
