import { printable } from '../text/printable.js';
import { pathFromRoot } from './paths.js';
import type { Formatter } from './types.js';

/**
 * `--format github`: one GitHub Actions workflow command a finding
 * (`::error file=charters/csm.yaml,line=4,col=10,endLine=4,endColumn=71,title=charter (rule)::message`),
 * which GitHub shows as an annotation on the pull request. Paths are relative to the
 * repository root, as GitHub expects.
 */
export const github: Formatter = (report) =>
  report.findings
    .map((f) => {
      const properties: [string, string | number][] = [
        ['file', pathFromRoot(f.file, report) ?? f.file],
        ['line', f.line],
        ['col', f.column],
        ['endLine', f.endLine],
        ['endColumn', f.endColumn],
        ['title', `charter (${f.rule})`],
      ];
      const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      const text = f.help === undefined ? f.message : `${f.message}\nHelp: ${f.help}`;
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(text)}\n`;
    })
    .join('');

/**
 * Escapes a workflow command's message: `%`, CR and LF as GitHub decodes them (so a
 * message keeps its line breaks), every other control character as `\u001b` text.
 */
export function escapeData(s: string): string {
  return printable(s, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: `%`, CR, LF, `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
