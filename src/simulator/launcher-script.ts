/**
 * The fake XS2A App launcher, served as a classic script like Klarna's
 * `xs2a-app-launcher.js`: `window.onXS2AReady` (set before or after the script loads),
 * `XS2A.configure(options)`, `XS2A.startFlow(client_token, options)` with the documented
 * options and callbacks, and `XS2A.close()`. Its modal test bank advances the flow through the
 * simulator's `/xs2a-app/v1/flows/{id}` endpoints, authorized by the client_token, so the host's
 * backend sees the same state changes as with Klarna.
 *
 * The app is TypeScript in `./fake-app/`; `scripts/build/fake-app.mjs` bundles it into the text
 * imported here (its comment says when that runs). It builds its DOM with `createElement` and
 * styles it with a constructed stylesheet, so it runs on pages with a strict CSP (no
 * `unsafe-inline`) and Trusted Types enforced, as Klarna's launcher must.
 */
import { fakeAppScript } from './launcher-script.generated.js';

export const launcherScript = (): string => fakeAppScript;
