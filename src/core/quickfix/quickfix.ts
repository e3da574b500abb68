import type { DocumentReport } from '../check/check';
import type { Diagnostic, QuickFix } from '../diagnostics/types';
import { applyCommand } from '../edit';
import type { EditCommand } from '../edit/types';
import { itemAt, outlineOf, type OutlineItem } from '../outline/outline';
import type { ParsedManifest } from '../parse/parse';
import { STARTUP_EXPLICIT } from '../model/types';

/** What a fix may look at: the clique or scaling group the diagnostic is in, and the document's model. */
interface Target {
  readonly diagnostic: Diagnostic;
  readonly report: DocumentReport;
  readonly item: OutlineItem | undefined;
}

type FixMaker = (target: Target) => { readonly title: string; readonly command: EditCommand } | undefined;

function uniqueName(base: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const renameDuplicateClique: FixMaker = ({ report, item }) => {
  if (item?.kind !== 'clique' || !report.model) return undefined;
  const to = uniqueName(item.name, new Set(report.model.cliques.map((c) => c.name ?? '')));
  return {
    title: `Rename this clique to "${to}"`,
    command: { type: 'renameClique', clique: item.index, to },
  };
};

const minAvailableToReplicas: FixMaker = ({ report, item }) => {
  if (item?.kind !== 'clique') return undefined;
  const replicas = report.model?.cliques[item.index]?.replicas;
  if (replicas === undefined || replicas < 1) return undefined;
  return {
    title: `Set minAvailable to ${replicas} (the clique's replicas)`,
    command: { type: 'setCliqueMinAvailable', clique: item.index, minAvailable: replicas },
  };
};

const minAvailableToOne: FixMaker = ({ item }) =>
  item?.kind === 'clique'
    ? {
        title: 'Set minAvailable to 1',
        command: { type: 'setCliqueMinAvailable', clique: item.index, minAvailable: 1 },
      }
    : undefined;

const groupMinAvailableToReplicas: FixMaker = ({ report, item }) => {
  if (item?.kind !== 'scalingGroup') return undefined;
  const replicas = report.model?.scalingGroups[item.index]?.replicas;
  if (replicas === undefined || replicas < 1) return undefined;
  return {
    title: `Set minAvailable to ${replicas} (the group's replicas)`,
    command: { type: 'setGroupMinAvailable', group: item.index, minAvailable: replicas },
  };
};

/** Fixes made of one edit command, by rule code: only where the fix is mechanical and cannot be wrong. */
const makers: Readonly<Record<string, FixMaker>> = {
  'clique-name-duplicate': renameDuplicateClique,
  // The API server's list-map check of duplicate clique names (the webhook's C13 reports the same clash).
  'schema-list-map-duplicate': (target) =>
    /^spec\.template\.cliques\[\d+\]$/.test(target.diagnostic.path)
      ? renameDuplicateClique(target)
      : undefined,
  'clique-min-available-above-replicas': minAvailableToReplicas,
  'clique-min-available-not-positive': minAvailableToOne,
  'group-min-available-above-replicas': groupMinAvailableToReplicas,
  'starts-after-ignored': () => ({
    title: 'Switch cliqueStartupType to CliqueStartupTypeExplicit',
    command: { type: 'setStartupType', startupType: STARTUP_EXPLICIT },
  }),
  'pcs-replicas-zero': () => ({
    title: 'Set spec.replicas to 1',
    command: { type: 'setReplicas', replicas: 1 },
  }),
};

/** Rule codes that can get a command-based quick fix. */
export const fixableCodes: ReadonlySet<string> = new Set(Object.keys(makers));

/**
 * Attaches a quick fix (the editor's light bulb) to each diagnostic whose fix is mechanical. Fixes are edit
 * commands, so they are the same minimal splices as the graph's gestures. Costs nothing when no diagnostic
 * is fixable.
 */
export function withQuickFixes(parsed: ParsedManifest, report: DocumentReport): readonly Diagnostic[] {
  if (!report.diagnostics.some((d) => !d.quickFix && fixableCodes.has(d.code))) return report.diagnostics;
  const ast = parsed.documents[report.index]?.ast;
  if (!ast) return report.diagnostics;
  const outline = outlineOf(ast);
  return report.diagnostics.map((diagnostic) => {
    const maker = diagnostic.quickFix ? undefined : makers[diagnostic.code];
    if (!maker) return diagnostic;
    const planned = maker({ diagnostic, report, item: itemAt(outline, diagnostic.range.start) });
    if (!planned) return diagnostic;
    const result = applyCommand(parsed.text, report.index, planned.command, parsed);
    if (!result.ok || result.edits.length === 0) return diagnostic;
    const quickFix: QuickFix = { title: planned.title, edits: result.edits };
    return { ...diagnostic, quickFix };
  });
}
