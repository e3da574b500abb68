import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, invertEdits } from '../edit/text-edits';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { samples } from '../test-support/samples';
import { cleanForApply } from './clean';

/** What `kubectl get pcs mn-disagg -o yaml` prints (shortened): server fields around the spec. */
const live = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"grove.io/v1alpha1","kind":"PodCliqueSet","metadata":{"annotations":{},"name":"mn-disagg"}}
      team: inference   # ours
    creationTimestamp: "2025-06-01T10:00:00Z"
    finalizers:
    - grove.io/podcliqueset.grove.io
    generation: 3
    managedFields:
    - apiVersion: grove.io/v1alpha1
      fieldsType: FieldsV1
      fieldsV1:
        f:spec: {}
      manager: kubectl-client-side-apply
      operation: Update
    name: mn-disagg
    namespace: default
    resourceVersion: "48213"
    uid: 6f1c2f7e-2d8a-4d35-9d0e-2b1f4b1c9a10
  spec:
    replicas: 1
    template:
      cliques:
      - name: frontend
        spec:
          minAvailable: 2
          replicas: 2
          roleName: ""
  status:
    availableReplicas: 1
    observedGeneration: 3
`;

const cleaned = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    annotations:
      team: inference   # ours
    name: mn-disagg
    namespace: default
  spec:
    replicas: 1
    template:
      cliques:
      - name: frontend
        spec:
          minAvailable: 2
          replicas: 2
          roleName: ""
`;

function clean(text: string): string {
  return applyEdits(text, cleanForApply(text).edits);
}

/** True when the lines of `part` appear in `whole` in the same order: cleaning only deletes lines. */
function isLineSubsequence(part: string, whole: string): boolean {
  const lines = whole.split('\n');
  let at = 0;
  for (const line of part.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at++ >= lines.length) return false;
  }
  return true;
}

describe('cleanForApply', () => {
  it('strips status, managed fields, server metadata, the last-applied annotation and Grove’s finalizer', () => {
    const result = cleanForApply(live);
    expect(applyEdits(live, result.edits)).toBe(cleaned);
    expect(result.removed.map((r) => r.path)).toEqual([
      'metadata.managedFields',
      'metadata.resourceVersion',
      'metadata.uid',
      'metadata.creationTimestamp',
      'metadata.generation',
      'metadata.finalizers',
      'metadata.annotations.kubectl.kubernetes.io/last-applied-configuration',
      'status',
    ]);
  });

  it('changes nothing else: the spec reads the same, the text only loses lines, and undo restores it', () => {
    const result = cleanForApply(live);
    const after = applyEdits(live, result.edits);
    expect(isLineSubsequence(after, live)).toBe(true);
    const spec = (t: string) =>
      JSON.stringify((parseManifest(t).documents[0]!.value as { spec: unknown }).spec);
    expect(spec(after)).toBe(spec(live));
    expect(applyEdits(after, invertEdits(live, result.edits))).toBe(live);
  });

  it('removes the annotations key when kubectl’s annotation was its only entry', () => {
    const text = yaml`
      kind: PodCliqueSet
      metadata:
        annotations:
          kubectl.kubernetes.io/last-applied-configuration: '{}'
        name: a
    `;
    expect(clean(text)).toBe('kind: PodCliqueSet\nmetadata:\n  name: a\n');
  });

  it('keeps finalizers that are not Grove’s own', () => {
    const text = yaml`
      kind: PodCliqueSet
      metadata:
        finalizers: [grove.io/podcliqueset.grove.io, example.com/keep]
        name: a
        uid: x
    `;
    expect(clean(text)).toBe(
      'kind: PodCliqueSet\nmetadata:\n  finalizers: [grove.io/podcliqueset.grove.io, example.com/keep]\n  name: a\n',
    );
  });

  it('cleans every object of a kubectl List and of a multi-document file, and flow mappings', () => {
    const text = yaml`
      apiVersion: v1
      items:
      - apiVersion: grove.io/v1alpha1
        kind: PodCliqueSet
        metadata: {name: a, uid: "1", resourceVersion: "2"}
        status: {}
      kind: List
      metadata:
        resourceVersion: ""
      ---
      kind: ConfigMap
      metadata:
        name: b
        generation: 1
      data: {k: v}
    `;
    expect(clean(text)).toBe(
      'apiVersion: v1\nitems:\n- apiVersion: grove.io/v1alpha1\n  kind: PodCliqueSet\n  metadata: {name: a}\nkind: List\n---\nkind: ConfigMap\nmetadata:\n  name: b\ndata: {k: v}\n',
    );
  });

  it('keeps CRLF line breaks and a missing final line break', () => {
    const text =
      'kind: PodCliqueSet\r\nmetadata:\r\n  name: a\r\n  uid: x\r\nspec: {}\r\nstatus:\r\n  ready: 1';
    expect(clean(text)).toBe('kind: PodCliqueSet\r\nmetadata:\r\n  name: a\r\nspec: {}');
  });

  it('changes nothing in a manifest written by hand (every Grove sample)', () => {
    for (const s of samples) expect(cleanForApply(s.text).edits, s.name).toEqual([]);
  });

  it('skips a document with YAML errors and says so', () => {
    const result = cleanForApply('kind: PodCliqueSet\nmetadata: {name: [\n');
    expect(result.edits).toEqual([]);
    expect(result.skipped).toEqual([{ document: 0, reason: 'it has YAML errors' }]);
  });
});

describe('cleanForApply on Grove’s samples with server fields put in (property)', () => {
  const serverLines = [
    'uid: 6f1c2f7e',
    'resourceVersion: "48213"',
    'generation: 2',
    'creationTimestamp: "2025-06-01T10:00:00Z"',
    'managedFields:\n  - manager: kubectl\n    operation: Update',
    'finalizers:\n  - grove.io/podcliqueset.grove.io',
  ];

  /** The sample with server entries put between metadata entries and a status at the end. */
  function withServerFields(text: string, picks: readonly [number, number][], status: boolean): string {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l === 'metadata:');
    const entries: number[] = [];
    for (let i = at + 1; i < lines.length && /^ {2}\S/.test(lines[i]!); i++) entries.push(i);
    const inserts = new Map<number, string[]>();
    for (const [field, slot] of picks) {
      const before = entries[slot % entries.length]!;
      const body = serverLines[field]!.split('\n').map((l) => `  ${l}`);
      inserts.set(before, [...(inserts.get(before) ?? []), ...body]);
    }
    const out = lines.flatMap((line, i) => [...(inserts.get(i) ?? []), line]).join('\n');
    if (!status) return out;
    return `${out}${out.endsWith('\n') ? '' : '\n'}status:\n  observedGeneration: 2\n  availableReplicas: 1${out.endsWith('\n') ? '\n' : ''}`;
  }

  it('gives back the sample byte for byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.uniqueArray(fc.tuple(fc.nat(serverLines.length - 1), fc.nat(5)), {
          maxLength: serverLines.length,
          selector: ([field]) => field,
        }),
        fc.boolean(),
        (s, picks, status) => {
          const dirty = withServerFields(s.text, picks, status);
          expect(clean(dirty)).toBe(s.text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
