// The set-up every end-to-end file shares: the demo pages on 127.0.0.1 and a Chromium with the
// built extension, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from './demo-server';
import { launchWithExtension, type LoadedExtension } from './extension';

export interface ExtensionSuite {
  server: DemoServer;
  /** Replaceable: a test that restarts the browser assigns the new one. */
  ext: LoadedExtension;
}

export function useExtensionSuite(): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startDemoServer();
    suite.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await suite.ext?.close();
    await suite.server?.close();
  });
  return suite;
}
