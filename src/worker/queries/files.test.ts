import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analysis/analyze';
import { HELM_DEFAULTS } from '../../core/check/settings';
import { applyEdits } from '../../core/edit/text-edits';
import { seedText } from '../../core/test-support/samples';
import { run } from '../../cli/test-io';
import { exportText } from './export-text';
import { cleanForApplyEdits, writeDefaultsEdits } from './file-edits';
import { liveCompare } from './live-compare';

const sessionOf = (text: string, live?: string) =>
  analyze({
    revision: 1,
    text,
    activeDocument: 0,
    cluster: HELM_DEFAULTS,
    ...(live !== undefined ? { live } : {}),
  }).session;

/** The seed as `kubectl get pcs mn-disagg -o yaml` returns it: defaults written, server fields around. */
const liveText =
  seedText.replace(
    '  namespace: default\n',
    '  namespace: default\n  uid: 1f2e\n  resourceVersion: "812"\n  managedFields:\n  - manager: kubectl\n',
  ) + 'status:\n  availableReplicas: 1\n';

describe('file queries', () => {
  it('export the expansion exactly as `grove-designer expand` prints it', async () => {
    const cli = await run(['expand', '-'], seedText);
    expect(exportText(sessionOf(seedText), { kind: 'expand' })).toBe(cli.stdout);
  });

  it('export the kubectl views of the active PodCliqueSet under their commands', () => {
    const text = exportText(sessionOf(seedText), { kind: 'kubectl' })!;
    expect(text).toContain('$ kubectl get pods -l app.kubernetes.io/part-of=mn-disagg -o wide\n');
    expect(text).toMatch(/^mn-disagg-0-prefill-1-pworker-\S+ +<live>/m);
    expect(text.match(/^\$ kubectl get /gm)).toHaveLength(5);
  });

  it('clean and write defaults for the text they are given, not a stale one', () => {
    const session = sessionOf(seedText);
    expect(applyEdits(liveText, cleanForApplyEdits(session, { text: liveText }).edits)).toBe(seedText);
    const written = writeDefaultsEdits(session, { text: seedText });
    expect(applyEdits(seedText, written.edits)).toContain('minAvailable: 3');
  });
});

describe('compare with live', () => {
  const defaulted = applyEdits(seedText, writeDefaultsEdits(sessionOf(seedText), { text: seedText }).edits);

  it('refuses a changed minAvailable and names the rule', () => {
    const next = defaulted.replace(
      'replicas: 3\n        minAvailable: 3',
      'replicas: 3\n        minAvailable: 2',
    );
    const result = liveCompare(sessionOf(next, liveText), { live: liveText })!;
    expect(result).toMatchObject({ found: 'match', operation: 'UPDATE', admitted: false });
    expect(result.refusals.map((r) => [r.code, r.update])).toEqual([
      ['update-min-available-immutable', true],
    ]);
  });

  it('admits a changed replicas when minAvailable is written, and counts what changes', () => {
    const next = defaulted.replace('spec:\n  replicas: 1', 'spec:\n  replicas: 2');
    const result = liveCompare(sessionOf(next, liveText), { live: liveText })!;
    expect(result).toMatchObject({ found: 'match', operation: 'UPDATE', admitted: true, refusals: [] });
    expect(result.diff!.pods).toEqual({ before: 13, after: 26, kept: 13, added: 13, removed: 0 });
  });

  it('falls into Grove’s pitfall when replicas change and minAvailable was left to the default', () => {
    const next = seedText.replace('replicas: 3', 'replicas: 4');
    const result = liveCompare(sessionOf(next, liveText), { live: liveText })!;
    expect(result.admitted).toBe(false);
    expect(result.refusals[0]!.message).toMatch(/write the old minAvailable \(3\) explicitly/);
  });

  it('says when the live object has another name: applying creates, it does not update', () => {
    const result = liveCompare(sessionOf(seedText, liveText.replace('name: mn-disagg', 'name: other')), {
      live: liveText.replace('name: mn-disagg', 'name: other'),
    })!;
    expect(result).toMatchObject({ found: 'other-name', liveName: 'other', operation: 'CREATE', diff: null });
    expect(liveCompare(sessionOf(seedText, 'a: 1\n'), { live: 'a: 1\n' })!.found).toBe('none');
  });
});
