import { simulator } from '../../../lib/xs2a';

/** The simulated Klarna playground: its API and the fake XS2A App launcher. */
const handler = (request: Request) => simulator(request);
export { handler as GET, handler as POST, handler as DELETE, handler as OPTIONS };
