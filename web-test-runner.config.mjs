import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeFakeApp } from './scripts/build/fake-app.mjs';
import { chromeArgs, resolveChromePath } from './scripts/test-runner/chrome-path.mjs';
import { gcPlugin } from './scripts/test-runner/gc-plugin.mjs';
import { slowImage } from './scripts/test-runner/slow-image.mjs';
import { summaryReporter } from './scripts/test-runner/summary-reporter.mjs';

const executablePath = await resolveChromePath();
// The simulator-launcher tests run the fake app's script as the simulator serves it: from the current sources.
await writeFakeApp();

export default {
  files: ['test/unit/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // gcPlugin: `executeServerCommand('gc')` for the leak tests.
  middleware: [slowImage],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), gcPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  // One page at a time: a page in the background gets no animation frames, and the
  // list and several tests wait for them.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter({ outputFile: '.test-results/browser.json' })],
};
