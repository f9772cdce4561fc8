// The A/B harness's report: for each figure, each tree's median and spread over the runs, and head ÷ base.

/**
 * @typedef {{ name: string, unit: string, target?: number, higherIsBetter?: boolean, decimals?: number }} Figure
 * @typedef {{ figure: Figure, samples: Map<string, number[]> }} Row
 */

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Collects samples per figure and tree, in the order figures are first recorded. */
export function createAbTable() {
  /** @type {Map<string, Row>} */
  const rows = new Map();
  return {
    /**
     * @param {Figure} figure
     * @param {string} tree
     * @param {number} value
     */
    record(figure, tree, value) {
      const row = rows.get(figure.name) ?? { figure, samples: new Map() };
      rows.set(figure.name, row);
      row.samples.set(tree, [...(row.samples.get(tree) ?? []), value]);
    },
    /**
     * Prints the table and returns the figures whose last tree (head) misses its target at the median.
     * @param {string[]} trees labels, base first
     * @param {{ ratio?: boolean }} [options] `ratio: false` leaves out head ÷ base (columns that are not a before and after)
     * @returns {string[]}
     */
    print(trees, { ratio: withRatio = true } = {}) {
      const format = (/** @type {Figure} */ figure, /** @type {number} */ value) => value.toFixed(figure.decimals ?? 0);
      const cell = (/** @type {Figure} */ figure, /** @type {number[]} */ values) =>
        values.length === 0
          ? 'n/a'
          : `${format(figure, median(values))} ${figure.unit} [${format(figure, Math.min(...values))}–${format(figure, Math.max(...values))}]`.trim();
      const width = Math.max(...[...rows.keys()].map((name) => name.length), 6);
      const header = `  ${'figure'.padEnd(width)}  ${trees.map((tree) => `${tree}: median [min–max]`.padEnd(30)).join('  ')}${trees.length > 1 && withRatio ? '  head÷base' : ''}  target`;
      console.log(header);
      /** @type {string[]} */
      const missed = [];
      for (const { figure, samples } of rows.values()) {
        const cells = trees.map((tree) => cell(figure, samples.get(tree) ?? []).padEnd(30));
        const medians = trees.map((tree) => median(samples.get(tree) ?? []));
        const headMedian = medians.at(-1) ?? NaN;
        const baseMedian = medians[0] ?? NaN;
        const ratio = trees.length > 1 && withRatio ? `  ${(baseMedian === 0 ? (headMedian === 0 ? 1 : Infinity) : headMedian / baseMedian).toFixed(2).padStart(9)}` : '';
        let verdict = '';
        if (figure.target !== undefined) {
          const met = figure.higherIsBetter ? headMedian >= figure.target : headMedian <= figure.target;
          verdict = `${figure.higherIsBetter ? '≥' : '≤'} ${figure.target}${figure.unit ? ` ${figure.unit}` : ''}${met ? '' : '  MISSED'}`;
          if (!met) missed.push(figure.name);
        }
        console.log(`  ${figure.name.padEnd(width)}  ${cells.join('  ')}${ratio}  ${verdict}`);
      }
      return missed;
    },
  };
}
