import type { Diagnostic, Finding } from '../diagnostics/types';
import { isSuppressed, placeFinding, placeProblem } from '../diagnostics/place';
import { applyDefaults, type Defaulted } from '../defaults/defaults';
import { lintPodCliqueSet } from '../lint';
import { readPodCliqueSet, obj, list, str } from '../model/read';
import { GROVE_API_VERSION, type PodCliqueSetModel } from '../model/types';
import { formatPath, locate } from '../parse/locate';
import { parseManifest, type ParsedDocument, type ParsedManifest } from '../parse/parse';
import { scalarNoteMessage } from '../parse/to-value';
import { stageOrder } from '../rules/registry';
import { validateSchema } from '../validate/schema';
import { validatePodCliqueSet, validateTopologyBinding } from '../validate/webhook';
import type { Operation, ValidationContext } from './context';
import { withDefaults, type ClusterSettings, type TopologyBinding } from './settings';

export interface CheckOptions {
  /** Operator settings; Grove's Helm defaults where absent. */
  readonly cluster?: Partial<ClusterSettings>;
  /** The live object(s) this manifest replaces: each PodCliqueSet is judged as an update of the one with its name. */
  readonly previous?: string | ParsedManifest;
}

export type DocumentKind = 'PodCliqueSet' | 'ClusterTopologyBinding';

export interface DocumentReport {
  readonly index: number;
  readonly range: ParsedDocument['range'];
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** Not a `grove.io/v1alpha1` PodCliqueSet or ClusterTopologyBinding: kept, not checked. */
  readonly skipped: boolean;
  /** The text of this document cannot be read (syntax error, alias bomb...). */
  readonly broken: boolean;
  readonly operation: Operation;
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** What defaulting filled in (PodCliqueSets only). */
  readonly defaulted: readonly Defaulted[];
  /** The defaulted PodCliqueSet as Grove would see it (PodCliqueSets that could be read only). */
  readonly model?: PodCliqueSetModel;
}

export interface CheckReport {
  readonly documents: readonly DocumentReport[];
  /** Problems outside any document (a binary file). */
  readonly fileDiagnostics: readonly Diagnostic[];
  /** True when some text could not be read as YAML (the CLI exits 2). */
  readonly unreadable: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly cluster: ClusterSettings;
}

function isGrove(doc: ParsedDocument): DocumentKind | undefined {
  if (doc.apiVersion !== GROVE_API_VERSION) return undefined;
  return doc.kind === 'PodCliqueSet' || doc.kind === 'ClusterTopologyBinding' ? doc.kind : undefined;
}

/** ClusterTopologyBindings written in a manifest, to count as existing in the cluster. */
export function topologyBindingsIn(parsed: ParsedManifest): TopologyBinding[] {
  const out: TopologyBinding[] = [];
  for (const doc of parsed.documents) {
    if (doc.broken || isGrove(doc) !== 'ClusterTopologyBinding' || !doc.name) continue;
    const levels = (list(obj(doc.value, 'spec'), 'levels') ?? []).flatMap((level) => {
      const domain = str(level, 'domain');
      const key = str(level, 'key');
      return domain !== undefined && key !== undefined ? [{ domain, key }] : [];
    });
    out.push({ name: doc.name, levels });
  }
  return out;
}

/** Defaults a PodCliqueSet's value and reads its model: the object Grove's validators see. */
export function defaultAndRead(value: unknown): {
  model: PodCliqueSetModel;
  defaulted: readonly Defaulted[];
  value: unknown;
} {
  const result = applyDefaults(value);
  return { model: readPodCliqueSet(result.value), defaulted: result.defaulted, value: result.value };
}

function previousModels(previous: CheckOptions['previous']): Map<string, PodCliqueSetModel> {
  const models = new Map<string, PodCliqueSetModel>();
  if (previous === undefined) return models;
  const parsed = typeof previous === 'string' ? parseManifest(previous) : previous;
  for (const doc of parsed.documents)
    if (!doc.broken && isGrove(doc) === 'PodCliqueSet' && doc.name !== undefined)
      models.set(doc.name, defaultAndRead(doc.value).model);
  return models;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  // Stage order first (as Kubernetes meets them), then emission order within a stage (stable sort).
  return list.sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage) || 0);
}

/**
 * The whole check of one file: parse, default, validate (schema, then Grove's webhook), lint.
 * Pure and synchronous; runs in Node, in the browser's worker and in the CLI.
 */
export function checkManifest(input: string | ParsedManifest, options: CheckOptions = {}): CheckReport {
  const parsed = typeof input === 'string' ? parseManifest(input) : input;
  const { lines } = parsed;
  const base = withDefaults(options.cluster);
  const cluster: ClusterSettings = {
    ...base,
    topologyBindings: [...base.topologyBindings, ...topologyBindingsIn(parsed)],
  };
  const previous = previousModels(options.previous);
  const documents: DocumentReport[] = [];
  let unreadable = parsed.problems.some((p) => p.severity === 'error');

  for (const doc of parsed.documents) {
    const kind = isGrove(doc);
    const before = kind === 'PodCliqueSet' && doc.name !== undefined ? previous.get(doc.name) : undefined;
    const operation: Operation = before ? 'UPDATE' : 'CREATE';
    const ctx: ValidationContext = { cluster, operation };
    const placed: Diagnostic[] = doc.problems.map((p) => placeProblem(lines, p));
    const findings: Finding[] = [...doc.findings];
    let defaulted: readonly Defaulted[] = [];
    let model: PodCliqueSetModel | undefined;
    if (doc.broken) unreadable = true;
    else {
      for (const note of doc.scalarNotes)
        findings.push({
          code: 'yaml-1-1-scalar',
          path: formatPath(note.at),
          at: note.at,
          onKey: note.isKey,
          message: scalarNoteMessage(note),
          replaceWith: { title: `Quote it: "${note.source}"`, text: JSON.stringify(note.source) },
        });
      if (kind === 'PodCliqueSet') {
        const result = defaultAndRead(doc.value);
        defaulted = result.defaulted;
        model = result.model;
        findings.push(...validateSchema(result.value, kind, ctx));
        findings.push(...validatePodCliqueSet(model, ctx, before));
        findings.push(...lintPodCliqueSet(model, ctx, before));
      } else if (kind === 'ClusterTopologyBinding') {
        findings.push(...validateSchema(doc.value, kind, ctx));
        findings.push(...validateTopologyBinding(doc.value));
      }
    }
    for (const finding of findings) {
      const diagnostic = placeFinding(doc.ast, lines, finding);
      const found = locate(doc.ast, finding.at);
      const anchor = lines.position((found.keyRange ?? diagnostic.range).start).line;
      if (!isSuppressed(lines, diagnostic, anchor)) placed.push(diagnostic);
    }
    const diagnostics = sortDiagnostics(placed);
    documents.push({
      index: doc.index,
      range: doc.range,
      ...(doc.apiVersion !== undefined ? { apiVersion: doc.apiVersion } : {}),
      ...(doc.kind !== undefined ? { kind: doc.kind } : {}),
      ...(doc.name !== undefined ? { name: doc.name } : {}),
      ...(doc.namespace !== undefined ? { namespace: doc.namespace } : {}),
      skipped: !doc.broken && kind === undefined,
      broken: doc.broken,
      operation,
      diagnostics,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      defaulted,
      ...(model ? { model } : {}),
    });
  }
  const fileDiagnostics = parsed.problems.map((p) => placeProblem(lines, p));
  return {
    documents,
    fileDiagnostics,
    unreadable,
    errors: documents.reduce((n, d) => n + d.errors, 0) + fileDiagnostics.length,
    warnings: documents.reduce((n, d) => n + d.warnings, 0),
    cluster,
  };
}
