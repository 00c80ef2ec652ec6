import type { NextConfig } from 'next';

const config: NextConfig = {
  // `npm run test:examples` reads the source maps to measure what the package adds.
  productionBrowserSourceMaps: process.env.XS2A_SOURCE_MAPS === '1',
};

export default config;
