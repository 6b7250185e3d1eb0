import type { OrgFormatName, OrgFormatter } from './types.js';

export { ORG_FORMATS, type OrgFormatName, type OrgFormatOptions, type OrgFormatter } from './types.js';

/** Loads a formatter on demand (each is a module of its own). */
export async function loadOrgFormatter(name: OrgFormatName): Promise<OrgFormatter> {
  switch (name) {
    case 'tree':
      return (await import('./tree.js')).tree;
    case 'json':
      return (await import('./json.js')).json;
    case 'mermaid':
      return (await import('./mermaid.js')).mermaid;
    case 'dot':
      return (await import('./dot.js')).dot;
  }
}
