import { createInterface } from 'node:readline/promises';

/** Asks one question and returns the answer (trimmed by the caller). Rejects when the person gives up (Ctrl+C, Ctrl+D). */
export type Ask = (question: string) => Promise<string>;

/** A question-asker on the process's terminal, and how to let the terminal go. */
export interface TerminalPrompt {
  ask: Ask;
  close(): void;
}

/** Thrown when the person cancels a prompt. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

/** Questions on standard input and output, for `charter new` in a terminal. */
export function terminalPrompt(): TerminalPrompt {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const cancelled = new AbortController();
  // Ctrl+C and Ctrl+D end the prompt (readline alone would pause and wait forever).
  rl.on('SIGINT', () => cancelled.abort());
  rl.on('close', () => cancelled.abort());
  return {
    ask: async (question) => {
      if (cancelled.signal.aborted) throw new PromptCancelled();
      try {
        return await rl.question(question, { signal: cancelled.signal });
      } catch (err) {
        if (cancelled.signal.aborted) throw new PromptCancelled();
        throw err;
      }
    },
    close: () => rl.close(),
  };
}
