import type { DepsFormatName, DepsFormatter } from './types.js';

export { DEPS_FORMATS, type DepsFormatName, type DepsFormatOptions, type DepsFormatter } from './types.js';

/** Loads a formatter on demand (each is a module of its own). */
export async function loadDepsFormatter(name: DepsFormatName): Promise<DepsFormatter> {
  switch (name) {
    case 'table':
      return (await import('./table.js')).table;
    case 'json':
      return (await import('./json.js')).json;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'csv':
      return (await import('./csv.js')).csv;
    case 'mermaid':
      return (await import('./mermaid.js')).mermaid;
    case 'dot':
      return (await import('./dot.js')).dot;
  }
}
