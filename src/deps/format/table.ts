import { Chalk, type ChalkInstance } from 'chalk';
import { statusDetail, targetText } from '../describe.js';
import { summaryLine, type RowStatus } from '../rows.js';
import { drawTable } from '../../text/table.js';
import { displayWidth } from '../../text/width.js';
import { wrap } from '../../text/wrap.js';
import type { DepsFormatter } from './types.js';

const HEAD = ['Function', 'Depends on', 'For', 'Status'] as const;

/** Border and padding columns of a four-column table: five rules, and one space each side of a cell. */
const CHROME = 5 + 4 * 2;

/** The narrowest a column gets, however small the terminal. */
const MIN_ID_COLUMN = 8;
const MIN_TEXT_COLUMN = 12;

/**
 * The dependency table: Function, Depends on, For, Status; columns sized to the
 * terminal, text wrapped, then a one-line count per status. Status words are
 * coloured when `color` is set.
 */
export const table: DepsFormatter = (view, options) => {
  if (view.rows.length === 0) return `${options.emptyMessage ?? 'No dependencies to show.'}\n`;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const cells = view.rows.map((row) => ({
    status: row.status,
    texts: [row.from, targetText(row), row.for, [row.status, ...statusDetail(row, view)].join('\n')],
  }));
  const widths = columnWidths(cells.map((c) => c.texts), options.width);
  const out = drawTable({
    head: HEAD.map((h, i) => wrap(h, widths[i]!).map((line) => chalk.bold(line)).join('\n')),
    rows: cells.map(({ status, texts }) =>
      texts.map((text, i) => {
        const lines = wrap(text, widths[i]!);
        // The status word is the first line of the last column.
        if (i === 3) lines[0] = paint(chalk, status, lines[0]!);
        return lines.join('\n');
      }),
    ),
    widths,
    rowRules: true,
  });
  return `${out}\n${summaryLine(view.rows)}\n`;
};

function paint(chalk: ChalkInstance, status: RowStatus, text: string): string {
  switch (status) {
    case 'acknowledged':
      return chalk.green(text);
    case 'unacknowledged':
      return chalk.yellow(text);
    case 'external':
      return chalk.cyan(text);
    case 'unknown':
      return chalk.red(text);
    case 'implicit':
      return chalk.gray(text);
  }
}

/**
 * Content widths of the four columns within `total` terminal columns: the id
 * columns take what they need up to a share of the room, and "For" and "Status"
 * share the rest.
 */
export function columnWidths(rows: readonly (readonly string[])[], total: number): [number, number, number, number] {
  const natural = HEAD.map((head, i) =>
    rows.reduce((max, r) => (r[i] ?? '').split('\n').reduce((m, line) => Math.max(m, displayWidth(line)), max), displayWidth(head)),
  ) as [number, number, number, number];
  const room = Math.max(total - CHROME, 2 * MIN_ID_COLUMN + 2 * MIN_TEXT_COLUMN);
  // Ids take at most a fifth of the room each (but never less than the minimum).
  const idCap = Math.max(MIN_ID_COLUMN, Math.floor(room / 5));
  const fn = Math.min(natural[0], idCap);
  const team = Math.min(natural[1], idCap);
  const rest = room - fn - team;
  // "Status" gets up to half of the rest; "For" gets the remainder, and gives back what it does not need.
  let status = Math.max(MIN_TEXT_COLUMN, Math.min(natural[3], Math.floor(rest / 2)));
  let forText = Math.max(MIN_TEXT_COLUMN, rest - status);
  if (natural[2] < forText) {
    status = Math.min(natural[3], status + forText - Math.max(natural[2], MIN_TEXT_COLUMN));
    forText = Math.max(natural[2], MIN_TEXT_COLUMN);
  }
  return [fn, team, forText, status];
}
