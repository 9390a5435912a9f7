/**
 * `npm run bench [-- engine|dashboard|dashboard-page|api|content|bundles]`: the benchmarks of the project, each printing ratios
 * against a baseline measured in the same run. Results and command lines are recorded in
 * BENCHMARKS.md.
 */
import { benchApiThroughput } from './api-throughput';
import { benchBundleSizes } from './bundle-sizes';
import { benchContentScript } from './content-script';
import { benchDashboard } from './dashboard';
import { benchDashboardPage } from './dashboard-page';
import { benchReferenceEngine } from './reference-engine';

const BENCHES: Record<string, () => Promise<void>> = {
  api: benchApiThroughput,
  engine: benchReferenceEngine,
  dashboard: benchDashboard,
  'dashboard-page': benchDashboardPage,
  content: benchContentScript,
  bundles: benchBundleSizes,
};

const chosen = process.argv.slice(2);
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`unknown benchmark ${name}; choose from ${Object.keys(BENCHES).join(', ')}`);
  await bench();
}
