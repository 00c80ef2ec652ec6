import { backend } from '../../../lib/xs2a';

/** The host backend: flows and reports for `<xs2a-connect>` and the page. */
const handler = (request: Request) => backend(request);
export { handler as GET, handler as POST, handler as DELETE, handler as OPTIONS };
