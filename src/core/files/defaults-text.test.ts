import { describe, expect, it } from 'vitest';
import { checkManifest } from '../check/check';
import { applyDefaults } from '../defaults/defaults';
import { applyEdits } from '../edit/text-edits';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { samples } from '../test-support/samples';
import { writeDefaults } from './defaults-text';

/** JSON with sorted keys: two values mean the same when their canonical texts are equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const valueOf = (text: string, i = 0) => parseManifest(text).documents[i]!.value;

/** True when `whole` is `part` with lines inserted (and no line of `part` changed or lost). */
function onlyAddsLines(part: string, whole: string): boolean {
  const lines = whole.split('\n');
  let at = 0;
  for (const line of part.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at++ >= lines.length) return false;
  }
  return true;
}

describe('writeDefaults', () => {
  it('writes what Grove fills in where the samples put such keys', () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: one
      spec:
        replicas: 1
        template:
          cliques:
          - name: worker   # the only clique
            spec:
              replicas: 2
              podSpec:
                containers: [{name: w, image: busybox}]
    `;
    const result = writeDefaults(text);
    expect(applyEdits(text, result.edits)).toBe(yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: one
        namespace: default
      spec:
        replicas: 1
        template:
          terminationDelay: 4h0m0s
          headlessServiceConfig:
            publishNotReadyAddresses: true
          cliqueStartupType: CliqueStartupTypeAnyOrder
          cliques:
          - name: worker   # the only clique
            spec:
              roleName: ""
              replicas: 2
              minAvailable: 2
              podSpec:
                containers: [{name: w, image: busybox}]
                restartPolicy: Always
                terminationGracePeriodSeconds: 30
    `);
    expect(result.written.map((w) => w.path)).toContain('spec.template.cliques[0].spec.minAvailable');
    expect(result.skipped).toEqual([]);
  });

  it('replaces an empty value Grove overwrites (namespace "")', () => {
    const text = 'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: a\n  namespace: ""\n';
    const after = applyEdits(text, writeDefaults(text).edits);
    expect(after).toContain('  namespace: default\n');
    expect(after).not.toContain('""');
  });

  it('on every Grove sample: the same object Grove would see, nothing left to default, only lines added', () => {
    for (const s of samples) {
      const after = applyEdits(s.text, writeDefaults(s.text).edits);
      expect(onlyAddsLines(s.text, after), s.name).toBe(true);
      expect(applyDefaults(valueOf(after)).defaulted, s.name).toEqual([]);
      expect(canonical(valueOf(after)), s.name).toBe(canonical(applyDefaults(valueOf(s.text)).value));
      expect(checkManifest(after).errors, s.name).toBe(0);
      expect(writeDefaults(after).edits, s.name).toEqual([]);
    }
  });

  it('writes into every PodCliqueSet of a file and leaves other documents alone', () => {
    const text = yaml`
      kind: ConfigMap
      metadata: {name: c}
      ---
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata: {name: b}
      spec:
        template:
          cliques: []
    `;
    const result = writeDefaults(text);
    const after = applyEdits(text, result.edits);
    expect(after.startsWith('kind: ConfigMap\nmetadata: {name: c}\n---\n')).toBe(true);
    expect(after).toContain('metadata: {name: b, namespace: default}');
    expect(after).toContain('spec:\n  replicas: 0\n  template:');
    expect(result.written.every((w) => w.document === 1)).toBe(true);
  });

  it('keeps CRLF line breaks', () => {
    const text =
      'apiVersion: grove.io/v1alpha1\r\nkind: PodCliqueSet\r\nmetadata:\r\n  name: a\r\nspec:\r\n  replicas: 1\r\n';
    const after = applyEdits(text, writeDefaults(text).edits);
    expect(after).toContain('  name: a\r\n  namespace: default\r\n');
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
  });
});
