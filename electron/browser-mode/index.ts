import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readHostOptions, UsageError } from '../services/host-options';
import { startHostServices } from '../services/host-services';
import { moveIntoLibraryTrash } from '../services/library-trash';
import { exportPdf } from '../services/pdf-export';
import { requireChromium } from '../services/pdf-chromium';
import { createBrowserModeServer, listenOnLoopback } from './server';
import { openInDefaultBrowser } from './open-browser';
import { HOLD_PRINT_VARIABLE, holdPrintUntilCancelled } from './test-hold-print';

/** Browser mode: the app's renderer served to a local browser by a loopback-only host. */
async function main(): Promise<void> {
  if (process.env[HOLD_PRINT_VARIABLE] === '1') console.warn(`[briefing-desk] ${HOLD_PRINT_VARIABLE}=1: a test hook; every PDF export waits until it is cancelled.`);
  const options = readHostOptions({ argv: process.argv.slice(2), env: process.env, homeDir: os.homedir(), platform: process.platform });
  const fontDir = path.join(__dirname, '..', '..', 'assets', 'fonts');
  const services = await startHostServices({
    options,
    host: 'browser',
    moveToTrash: moveIntoLibraryTrash,
    // Browser mode prints with the system Chromium (BRIEFING_CHROMIUM, or found on the usual paths).
    renderPdf: process.env[HOLD_PRINT_VARIABLE] === '1' ? holdPrintUntilCancelled() : (page, signal) => exportPdf(page, { chromiumPath: requireChromium(), fontDir, signal }),
    fontDir,
  });
  const token = randomBytes(24).toString('base64url');
  const server = createBrowserModeServer({
    token,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    handlers: services.handlers,
    events: services.events,
    reportUnexpected: (call, error) => console.error(`[briefing-desk] ${call} failed:`, error),
  });
  const port = await listenOnLoopback(server, options.port);
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  console.log(`Briefing Desk is running at ${url}`);
  if (options.openBrowser) openInDefaultBrowser(url);

  const stop = (): void => {
    server.close();
    server.closeAllConnections();
    void services.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`briefing-desk: ${error.message}`);
    process.exit(2);
  }
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  console.error(
    code === 'EADDRINUSE'
      ? 'briefing-desk: that port is already in use; choose another with --port, or --port 0 for any free port.'
      : `briefing-desk: could not start browser mode: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
