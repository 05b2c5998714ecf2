/** Where CLI commands write: results to stdout, progress and problems to stderr. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: CliOutput = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

/** A command's outcome: the process exit code. */
export type ExitCode = 0 | 1 | 2;
