import { printable } from '../text/printable.js';
import type { Formatter } from './types.js';

/**
 * `--format compact`: one line a finding, never wrapped, for editors' problem matchers
 * and `grep`: `charters/csm.yaml:35:11: error: "suport" is not a known team (did you
 * mean "support"?) [dependency-unknown]`. The help, when there is one, follows the
 * message in parentheses.
 */
export const compact: Formatter = (report) =>
  report.findings
    .map((f) => {
      const help = f.help === undefined ? '' : ` (${f.help})`;
      const severity = f.severity === 'error' ? 'error' : 'warning';
      return `${printable(f.file)}:${f.line}:${f.column}: ${severity}: ${printable(f.message)}${printable(help)} [${f.rule}]\n`;
    })
    .join('');
