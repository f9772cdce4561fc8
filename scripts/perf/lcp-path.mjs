// What Lighthouse's simulated mobile LCP is made of (`npm run lighthouse -- --explain`): Lantern, its simulator, builds
// a graph of the page's requests and main-thread tasks from the trace, replays it on a modelled phone (slow network,
// every task 4× longer) and takes LCP where the last node it needs ends. These are those nodes, in simulated order:
// which request or task stood where, so a change is aimed at what is on the path rather than at what is merely slow.
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

/**
 * @typedef {{ start: number, end: number, what: string }} PathRow
 * @param {import('lighthouse').RunnerResult} result a Lighthouse run with its artifacts (the trace and devtools log)
 * @returns {Promise<PathRow[]>} the pessimistic estimate's nodes, by simulated start
 */
export async function lcpCriticalPath({ lhr, artifacts }) {
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    simulator: null,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
  };
  const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map() });
  /** @type {Map<any, { startTime: number, endTime: number }>} */
  const timings = lcp.pessimisticEstimate.nodeTimings;
  const first = Math.min(...[...timings.keys()].map((node) => node.startTime));
  return [...timings]
    .sort(([, a], [, b]) => a.startTime - b.startTime)
    .map(([node, timing]) => ({ start: timing.startTime, end: timing.endTime, what: describe(node, first) }));
}

/** @param {any} node a Lantern network or CPU node @param {number} first the graph's first observed start, µs */
function describe(node, first) {
  if (node.type === 'network') {
    const url = new URL(node.request.url);
    return `request ${url.pathname.split('/').pop() || url.pathname} (${(node.request.transferSize / 1024).toFixed(1)} KB)`;
  }
  const observed = (node.duration / 1000).toFixed(1);
  const at = ((node.startTime - first) / 1000).toFixed(0);
  return `task of ${observed} ms observed, ${at} ms into the load`;
}

/** @param {string} label @param {PathRow[]} rows */
export function printCriticalPath(label, rows) {
  console.log(`\n  ${label}: simulated mobile LCP's path (start → end, ms)`);
  for (const row of rows) console.log(`    ${row.start.toFixed(0).padStart(5)} → ${row.end.toFixed(0).padStart(5)}  ${row.what}`);
}
