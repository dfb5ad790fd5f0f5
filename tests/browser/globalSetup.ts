import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { servedHeaders } from '../../scripts/csp';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The features playwright-core turns off (its `chromiumSwitches.ts`). Chromium reads only the last
 * `--disable-features` it is given, so ours must repeat them; a unit test checks the list against
 * the installed playwright-core.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Every window Chromium opens (one per test page) preloads the address bar's popup, a page of
 * its own in a renderer of its own, though a headless window never shows it: traced here, it was
 * about a quarter of the CPU an app page's load costs (4 loads: 27.1 s with it, 20.1 s without).
 */
const WINDOW_CHROME_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...WINDOW_CHROME_FEATURES].join(',')}`,
];

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

/** One build, one static server and one browser for every browser test file. */
export default async function setup(project: TestProject) {
  // Test what ships: a production build, not the one Vite makes under Vitest's NODE_ENV=test.
  if (!process.env.SKIP_BUILD) {
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
    execFileSync('npx', ['vite', 'build', '--mode', 'single-file', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  }
  // Served as docs/security.md tells a server to serve it: with the Content-Security-Policy header.
  const { url, server } = await serveStatic(`${root}dist`, { headers: servedHeaders });
  const browser: BrowserServer = await chromium.launchServer({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  };
}
