import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/**
 * Adds one command to the program. Registration modules stay light (commander only);
 * the command's work is imported when it runs, so `charter --help` starts fast.
 */
export type RegisterCommand = (program: Command, io: CliIO, setExitCode: (code: number) => void) => void;
