/**
 * Registers every tag of the package (guarded: tags already registered, for instance by the CDN
 * copy, are left alone). Import it once: `import 'xs2a-elements/define.js'`.
 */
import './connect/define.js';
import './category-chart/define.js';
import './balance-chart/define.js';
import './cash-flow/define.js';
import './commitments/define.js';
import './affordability/define.js';
import './transaction-list/define.js';
import './transaction-detail/define.js';
import './report/define.js';
