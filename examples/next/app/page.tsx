import { createSampleReport } from 'xs2a-elements/simulator';
import { publicUrl } from '../lib/xs2a';
import { Bank } from './bank';

// Rendered per request, so the sample's brand icons point at this server's simulator.
export const dynamic = 'force-dynamic';

// A sample report made on the server and passed as an object on the first render.
export default function Page() {
  return <Bank initialReport={createSampleReport({ iconBase: `${publicUrl}/klarna/icons/` })} />;
}
