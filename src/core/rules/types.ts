import type { ErrorType, Severity, Stage } from '../diagnostics/types';

/**
 * Everything the CLI's `rules` command, the rules page and the editor's hover say about one rule code.
 * Rules are data: each stage exports a table of these, and `registry.ts` joins them.
 */
export interface RuleMeta {
  /** Stable, kebab-case; never renamed once published (CI suppressions name it). */
  readonly code: string;
  readonly stage: Stage;
  readonly severity: Severity;
  /** Kubernetes error type for stages `schema` and `webhook`. */
  readonly type?: ErrorType;
  /** Grove's rule number in REFERENCE.md (e.g. `C13`, `h4`), when there is one. */
  readonly ref?: string;
  /** One line: what is wrong. */
  readonly title: string;
  /** A few sentences for the rules page and the workshop: what Grove does and why. */
  readonly explanation: string;
  /** One line: how to fix it. */
  readonly fix: string;
  /** Where the behaviour lives in Grove's source, for readers who want to check. */
  readonly source?: string;
}
