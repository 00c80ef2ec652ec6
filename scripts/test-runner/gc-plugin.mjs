/**
 * A web-test-runner command for the leak tests: `executeServerCommand('gc')` runs a full garbage
 * collection in the test's page through the DevTools protocol (Chromium through puppeteer only),
 * so that a test can tell an element nothing holds any more from one something still holds.
 */
export function gcPlugin() {
  return {
    name: 'xs2a-gc-command',
    async executeCommand({ command, session }) {
      if (command !== 'gc') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('the gc command needs Chromium through puppeteer');
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
