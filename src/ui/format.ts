import type { Count } from '../core/expand/types';

const grouping = new Intl.NumberFormat('en-US');

/** `13`, `1,000,000,000`, exact for bigints. */
export function formatCount(count: Count): string {
  return grouping.format(count);
}

/** `1 pod`, `13 pods`. */
export function plural(count: Count, one: string, many: string = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 || count === 1n ? one : many}`;
}
