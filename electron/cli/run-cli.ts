import { parseArgs } from 'node:util';
import { APP_NAME, APP_VERSION } from '../services/app-version';
import { seedCommand } from './seed-command';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

interface Output {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  stdin?: AsyncIterable<Uint8Array>;
  env?: Readonly<Record<string, string | undefined>>;
}

export const CLI_HELP = `Usage: briefing [options] <command>

${APP_NAME} on the command line.

Commands:
  seed <article|-> -o <note.brief> [--template NAME]
                  draft a briefing note from an article (.txt, .md, .html;
                  - reads standard input); templates: briefing-note,
                  meeting-brief, information-note, or one of the library's

Options:
  -h, --help      show this help
  -v, --version   print the version
      --debug     print stack traces on errors
`;

/** One run of the `briefing` command; resolves with the exit code (0 done, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        debug: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        template: { type: 'string', short: 't' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
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
  const [command, ...rest] = positionals;
  if (command === undefined) {
    io.stdout.write(CLI_HELP);
    return EXIT_OK;
  }
  if (command !== 'seed') return usage(io, `unknown command “${command}”.`);
  const [source, ...extra] = rest;
  if (!source || extra.length) return usage(io, 'seed takes one article file, or - for standard input.');
  if (!values.output) return usage(io, 'seed needs -o <note.brief>, the file to write.');
  try {
    const summary = await seedCommand({
      source,
      output: values.output,
      template: values.template,
      stdin: io.stdin ?? (async function* () {})(),
      env: io.env ?? {},
    });
    io.stdout.write(`${summary}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`briefing: ${error instanceof Error ? error.message : String(error)}\n`);
    if (values.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`briefing: ${message}\nTry 'briefing --help'.\n`);
  return EXIT_USAGE;
}
