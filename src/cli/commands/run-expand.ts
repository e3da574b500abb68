import type { DocumentReport } from '../../core/check/check';
import { expandPodCliqueSet, type Count, type Expansion, type LazyList } from '../../core/expand';
import { capacity } from '../../core/resources/capacity';
import { formatQuantity } from '../../core/resources/format';
import { resourceNames } from '../../core/resources/resource-list';

/** Rows listed per kind, besides pods (CLI.md). */
export const MAX_ROWS = 10_000;

/** One list, cut to `max` rows: whether anything was left out. */
export interface Listed<T> {
  readonly rows: T[];
  readonly cut: boolean;
}

export function listed<T>(list: LazyList<T>, max: number): Listed<T> {
  const rows = list.slice(0, max);
  return { rows, cut: BigInt(rows.length) < BigInt(list.count) };
}

export interface ExpandedDocument {
  readonly report: DocumentReport;
  readonly expansion: Expansion;
  /** Total requests of every pod, by resource, in Kubernetes' canonical form. */
  readonly requests: Readonly<Record<string, string>>;
}

/** Expands each checked PodCliqueSet (also an invalid one, as far as it goes). */
export function expandDocuments(
  documents: readonly DocumentReport[],
  defaultScheduler: string,
): ExpandedDocument[] {
  const out: ExpandedDocument[] = [];
  for (const report of documents) {
    if (report.kind !== 'PodCliqueSet' || !report.model) continue;
    const expansion = expandPodCliqueSet(report.model, { defaultScheduler });
    const total = capacity(report.model).total.replicas;
    const requests: Record<string, string> = {};
    for (const name of resourceNames(total.keys())) requests[name] = formatQuantity(total.get(name)!);
    out.push({ report, expansion, requests });
  }
  return out;
}

/** JSON has no bigint: exact counts past 2^53 are written as decimal strings (CLI.md). */
export function countJson(count: Count): number | string {
  return typeof count === 'bigint' ? count.toString() : count;
}
