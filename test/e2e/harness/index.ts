export { type ChromiumOptions, type LaunchedChromium, launchChromium } from './chromium.js';
export { distPath, isLocalUrl, nonLocal, type RecordedRequest, type RequestRecorder, repoRoot } from './common.js';
export { type FirefoxOptions, type LaunchedFirefox, launchFirefox } from './firefox.js';
export { type LocalServer, startLocalServer } from './local-server.js';
export { type AnyPage, collectConsoleErrors, recordRequests, type WaitForOptions, waitFor } from './page-tools.js';
