/**
 * Indexing for the benchmarks: the item at `i`, or a RangeError naming `what` when there is none (an empty result, a
 * sample of no runs). The benchmarks read indexes they have just computed, so the error means a broken run.
 */
export function at<T>(items: ArrayLike<T>, i: number, what = 'item'): T {
  const v = items[i];
  if (v === undefined) throw new RangeError(`no ${what} at index ${i} (of ${items.length})`);
  return v;
}

/** The first row of a query's result (a count, a setting): a RangeError when the query gave none. */
export function firstRow<T>(rows: readonly T[], what = 'row'): T {
  return at(rows, 0, what);
}
