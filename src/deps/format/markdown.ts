import { statusDetail, targetText } from '../describe.js';
import { summaryLine } from '../rows.js';
import type { DepsFormatter } from './types.js';

/** A GitHub-flavoured Markdown table (it pastes into most wikis), then the count per status. */
export const markdown: DepsFormatter = (view) => {
  const lines = ['| Function | Depends on | For | Status |', '| --- | --- | --- | --- |'];
  for (const row of view.rows) {
    const detail = statusDetail(row, view).map(cell).join('<br>');
    const status = row.status === 'unacknowledged' || row.status === 'unknown' ? `**${row.status}**` : row.status;
    const separator = row.status === 'acknowledged' ? ' ' : ': ';
    lines.push(`| ${cell(row.from)} | ${cell(targetText(row))} | ${cell(row.for)} | ${status}${separator}${detail} |`);
  }
  return `${lines.join('\n')}\n\n${summaryLine(view.rows)}\n`;
};

/** Text safe in a table cell: Markdown and HTML characters escaped, line breaks (LF, CR) as spaces. */
function cell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]\s*/g, ' ')
    .trim();
}
