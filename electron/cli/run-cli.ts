import { parseArgs } from 'node:util';
import { APP_NAME, APP_VERSION } from '../services/app-version';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

interface Output {
  write(text: string): unknown;
}

export const CLI_HELP = `Usage: briefing [options] [command]

${APP_NAME} on the command line. Commands arrive with later releases
(export, seed); today it tells you its version.

Options:
  -h, --help      show this help
  -v, --version   print the version
      --debug     print stack traces on errors
`;

/** One run of the `briefing` command; resolves with the exit code (0 done, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], io: { stdout: Output; stderr: Output }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        debug: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr.write(`briefing: ${error instanceof Error ? error.message : String(error)}\nTry 'briefing --help'.\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(CLI_HELP);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${APP_VERSION}\n`);
    return EXIT_OK;
  }
  const [command] = positionals;
  if (command === undefined) {
    io.stdout.write(CLI_HELP);
    return EXIT_OK;
  }
  io.stderr.write(`briefing: unknown command “${command}”.\nTry 'briefing --help'.\n`);
  return EXIT_USAGE;
}
