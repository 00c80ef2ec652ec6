/**
 * The entry of the fake XS2A App launcher script. `scripts/build/fake-app.mjs` bundles it into
 * one classic script (an IIFE) that the simulator serves at Klarna's launcher path.
 */
import { installLauncher } from './launcher.js';

installLauncher();
