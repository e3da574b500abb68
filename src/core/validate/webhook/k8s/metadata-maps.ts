import type { Finding, Locator } from '../../../diagnostics/types';
import type { StringMap } from '../../../model/types';
import { formatPath } from '../../../parse/locate';
import { finding } from '../finding';
import { labelValueProblems, qualifiedNameProblems } from './names';
import { utf8Length } from './text';

/** Kubernetes' limit on the summed size of all annotation keys and values. */
export const ANNOTATIONS_SIZE_LIMIT = 256 * 1024;

/**
 * `ValidateLabels`: one Invalid error at the map's path per message about a key or a value.
 * Findings point at the offending key or value.
 */
export function labelFindings(code: string, labels: StringMap, base: Locator): Finding[] {
  const out: Finding[] = [];
  const path = formatPath(base);
  for (const [key, value] of Object.entries(labels)) {
    for (const problem of qualifiedNameProblems(key))
      out.push(finding(code, [...base, key], `label key '${key}': ${problem}.`, { path, onKey: true }));
    for (const problem of labelValueProblems(value))
      out.push(finding(code, [...base, key], `value '${value}' of label '${key}': ${problem}.`, { path }));
  }
  return out;
}

/**
 * `ValidateAnnotations`: keys (compared in lower case) must be qualified names; keys and values
 * together may not pass 256 KiB (TooLong).
 */
export function annotationFindings(code: string, annotations: StringMap, base: Locator): Finding[] {
  const out: Finding[] = [];
  const path = formatPath(base);
  let size = 0;
  for (const [key, value] of Object.entries(annotations)) {
    size += utf8Length(key) + utf8Length(value);
    for (const problem of qualifiedNameProblems(key.toLowerCase()))
      out.push(finding(code, [...base, key], `annotation key '${key}': ${problem}.`, { path, onKey: true }));
  }
  if (size > ANNOTATIONS_SIZE_LIMIT)
    out.push(
      finding(
        code,
        base,
        `the annotations take ${size} bytes; Kubernetes allows at most ${ANNOTATIONS_SIZE_LIMIT} (256 KiB) for all keys and values together.`,
        { type: 'TooLong' },
      ),
    );
  return out;
}
