import { parseArgs } from 'node:util';
import { APP_NAME, APP_VERSION } from '../services/app-version';
import path from 'node:path';
import { seedCommand } from './seed-command';
import { exportCommand, type ExportOutcome } from './export-command';
import { importCommand } from './import-command';

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
  /** Aborts a running export (Ctrl-C): the print in progress is closed and its file not written. */
  signal?: AbortSignal;
}

export const CLI_HELP = `Usage: briefing [options] <command>

${APP_NAME} on the command line.

Commands:
  seed <article|-> -o <note.brief> [--template NAME]
                  draft a briefing note from an article (.txt, .md, .html;
                  - reads standard input); templates: briefing-note,
                  meeting-brief, information-note, or one of the library's
  export <note.brief>... --to pdf|html|md [-o FILE | --out-dir DIR]
         [--comments none|endnotes|footnotes|critic] [--page-size A4|Letter]
         [--no-source] [--chromium PATH] [--force]
                  notes to PDF (with the system Chromium, or BRIEFING_CHROMIUM),
                  one self-contained HTML file, or Markdown; PDF and HTML end
                  with the source article as an annex unless --no-source;
                  comments: PDF/HTML none or endnotes, Markdown none,
                  footnotes or critic
  import <file.md>... [-o FILE | --out-dir DIR] [--force]
                  Markdown files to notes (front matter becomes metadata);
                  existing files are replaced only with --force

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
        to: { type: 'string' },
        'out-dir': { type: 'string' },
        comments: { type: 'string' },
        'page-size': { type: 'string' },
        'no-source': { type: 'boolean' },
        chromium: { type: 'string' },
        force: { type: 'boolean' },
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
  if (command === 'export') return runExport(rest, values, io);
  if (command === 'import') {
    if (!rest.length) return usage(io, 'import needs at least one Markdown file.');
    if (values.output && rest.length > 1) return usage(io, '-o names one output file; with several files use --out-dir.');
    return report(await importCommand({ inputs: rest, output: values.output, outDir: values['out-dir'], force: values.force === true }), io);
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

type ParsedValues = { output?: string; to?: string; 'out-dir'?: string; comments?: string; 'page-size'?: string; 'no-source'?: boolean; chromium?: string; force?: boolean; debug?: boolean };

async function runExport(inputs: string[], values: ParsedValues, io: CliIo): Promise<number> {
  if (!inputs.length) return usage(io, 'export needs at least one note (.brief).');
  if (values.to !== 'pdf' && values.to !== 'html' && values.to !== 'md') return usage(io, 'export needs --to pdf, --to html or --to md.');
  if (values.output && inputs.length > 1) return usage(io, '-o names one output file; with several notes use --out-dir.');
  const comments = values.comments ?? 'none';
  const allowed = values.to === 'md' ? ['none', 'footnotes', 'critic'] : ['none', 'endnotes'];
  if (!allowed.includes(comments)) return usage(io, `--comments takes ${allowed.join(', ')} with --to ${values.to}.`);
  const pageSize = values['page-size'] ?? 'A4';
  if (pageSize !== 'A4' && pageSize !== 'Letter') return usage(io, '--page-size takes A4 or Letter.');
  if (values['no-source'] && values.to === 'md') return usage(io, '--no-source is for --to pdf and --to html; Markdown never includes the article.');
  const outcome = await exportCommand({
    inputs,
    to: values.to,
    output: values.output,
    outDir: values['out-dir'],
    comments: comments as 'none' | 'endnotes' | 'footnotes' | 'critic',
    pageSize,
    includeSource: values['no-source'] !== true,
    chromium: values.chromium,
    force: values.force === true,
    env: io.env ?? {},
    fontDir: path.join(__dirname, '..', '..', 'assets', 'fonts'),
    signal: io.signal,
  });
  return report(outcome, io);
}

function report({ written, failures }: ExportOutcome, io: CliIo): number {
  for (const file of written) io.stdout.write(`Wrote ${file}\n`);
  for (const failure of failures) io.stderr.write(`briefing: ${failure}\n`);
  return failures.length ? EXIT_FAILURE : EXIT_OK;
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`briefing: ${message}\nTry 'briefing --help'.\n`);
  return EXIT_USAGE;
}
