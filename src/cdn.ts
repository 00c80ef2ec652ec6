/**
 * The CDN file: one module, all dependencies inlined. Loading it registers every tag; its
 * exports are the same as the npm package's main entry.
 */
import './define.js';

export * from './index.js';
