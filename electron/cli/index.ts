import { runCli } from './run-cli';

// Ctrl-C stops an export cleanly (the print page is closed, nothing half-written); a second one quits at once.
const interrupt = new AbortController();
const exporting = process.argv.slice(2).find((arg) => !arg.startsWith('-')) === 'export';
if (exporting) process.once('SIGINT', () => {
  interrupt.abort(new Error('interrupted'));
  process.once('SIGINT', () => process.exit(130));
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal: interrupt.signal }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefing: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
