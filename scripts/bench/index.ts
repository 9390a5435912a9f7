/**
 * `npm run bench`: every benchmark of the project, each printing ratios against a baseline
 * measured in the same run. Results and the command line are recorded in BENCHMARKS.md.
 */
import { benchReferenceEngine } from './reference-engine';

await benchReferenceEngine();
