import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import { SUFFIX_ALPHABET } from '../names/names';
import { parseManifest } from '../parse/parse';
import { sample, seedText } from '../test-support/samples';
import { applyCommand, deletePodCliqueSetCommand } from './commands';
import { formatTable, formatWindow, PLACEHOLDER, windowWidths } from './table';
import { formatLine, textWidths } from './tabwriter';
import { kubectlTables } from './views';

function tablesOf(text: string, options = {}) {
  const model = defaultAndRead(parseManifest(text).documents[0]!.value).model;
  return kubectlTables(model, expandPodCliqueSet(model), options);
}

/** Splits a line of kubectl output into cells (kubectl separates columns by at least three spaces). */
const cellsOf = (line: string) => line.split(/ {2,}/);
const withoutSuffix = (name: string) => name.replace(/-[a-z0-9]{5}$/, '');

/** 03_hands-on-example.md, "Deploy and Observe" (suffixes and ages are the guide's). */
const guidePods = `
NAME                                   READY   STATUS    RESTARTS   AGE
mn-disagg-0-decode-0-dleader-abc12     1/1     Running   0          45s
mn-disagg-0-decode-0-dworker-def34     1/1     Running   0          45s
mn-disagg-0-decode-0-dworker-ghi56     1/1     Running   0          45s
mn-disagg-0-frontend-jkl78             1/1     Running   0          45s
mn-disagg-0-frontend-mno90             1/1     Running   0          45s
mn-disagg-0-prefill-0-pleader-pqr12    1/1     Running   0          45s
mn-disagg-0-prefill-0-pworker-stu34    1/1     Running   0          45s
mn-disagg-0-prefill-0-pworker-vwx56    1/1     Running   0          45s
mn-disagg-0-prefill-0-pworker-yza78    1/1     Running   0          45s
mn-disagg-0-prefill-1-pleader-bcd90    1/1     Running   0          45s
mn-disagg-0-prefill-1-pworker-efg12    1/1     Running   0          45s
mn-disagg-0-prefill-1-pworker-hij34    1/1     Running   0          45s
mn-disagg-0-prefill-1-pworker-klm56    1/1     Running   0          45s`
  .trim()
  .split('\n');

/** "Examining Resources": `kubectl get pclq` and `kubectl get pcsg` (ages are the guide's). */
const guidePodCliques = `
NAME                           AGE
mn-disagg-0-decode-0-dleader   2m
mn-disagg-0-decode-0-dworker   2m
mn-disagg-0-frontend           2m
mn-disagg-0-prefill-0-pleader  2m
mn-disagg-0-prefill-0-pworker  2m
mn-disagg-0-prefill-1-pleader  2m
mn-disagg-0-prefill-1-pworker  2m`
  .trim()
  .split('\n');

const guideScalingGroups = [
  'NAME                    AGE',
  'mn-disagg-0-decode      2m',
  'mn-disagg-0-prefill     2m',
];

describe('kubectl views of the naming guide (mn-disagg)', () => {
  const seed = tablesOf(seedText);
  const all = (t: { count: number | bigint; rows: (a: number, b: number | bigint) => string[][] }) =>
    t.rows(0, t.count);

  it('lists the 13 pods in the order kubectl shows them, with 5-character suffixes', () => {
    const names = all(seed.pods).map((r) => r[0]!);
    expect(names.map(withoutSuffix)).toEqual(guidePods.slice(1).map((l) => withoutSuffix(cellsOf(l)[0]!)));
    for (const name of names)
      expect([...name.slice(-5)].every((c) => SUFFIX_ALPHABET.includes(c))).toBe(true);
    // Within a PodClique kubectl sorts by the full name, so by suffix.
    expect([...names].sort()).toEqual(names);
  });

  it("prints the guide's pod columns, live values as placeholders", () => {
    const pods = tablesOf(seedText, { wide: false }).pods;
    expect(pods.header).toEqual(cellsOf(guidePods[0]!));
    expect(pods.placeholderColumns).toEqual(['READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(pods.command).toBe('kubectl get pods -l app.kubernetes.io/part-of=mn-disagg');
    const [headerLine, firstRow] = formatWindow(pods, 0, 1, windowWidths(pods, 0, pods.count));
    // NAME is padded to the longest name (35) + 3; READY holds "<live>" (6) + 3.
    expect(headerLine).toBe(`NAME${' '.repeat(34)}READY${' '.repeat(4)}STATUS   RESTARTS   AGE`);
    // The first name has 34 characters: 4 spaces to the 38-wide column.
    expect(firstRow).toMatch(
      /^mn-disagg-0-decode-0-dleader-[a-z0-9]{5} {4}<live> {3}<live> {3}<live> {5}<live>$/,
    );
  });

  it("lays out the guide's own cells exactly as the guide prints them, but for its hand-widened NAME column", () => {
    const cells = guidePods.map(cellsOf);
    const widths = textWidths(cells[0]!, cells.slice(1));
    // kubectl pads NAME to 35 + 3; the guide's text has one space more, every other column is kubectl's.
    const lines = cells.map((c) =>
      formatLine(c, widths).replace(/^(\S+)( +)/, (_, name: string, gap: string) => `${name}${gap} `),
    );
    expect(lines).toEqual(guidePods);
  });

  it("lists the 7 PodCliques and 2 scaling groups in the guide's order, with the CRD columns", () => {
    expect(all(seed.podCliques).map((r) => r[0])).toEqual(guidePodCliques.slice(1).map((l) => cellsOf(l)[0]));
    expect(all(seed.scalingGroups).map((r) => r[0])).toEqual(
      guideScalingGroups.slice(1).map((l) => cellsOf(l)[0]),
    );
    expect(seed.podCliques.header).toEqual([
      'NAME',
      'MINAVAIL',
      'REPLICAS',
      'READY',
      'SCHEDULED',
      'UPDATED',
      'AGE',
    ]);
    expect(all(seed.podCliques)[3]).toEqual([
      'mn-disagg-0-prefill-0-pleader',
      '1',
      '1',
      PLACEHOLDER,
      PLACEHOLDER,
      PLACEHOLDER,
      PLACEHOLDER,
    ]);
    expect(all(seed.scalingGroups)).toEqual([
      ['mn-disagg-0-decode', '1', '1', ...Array<string>(6).fill(PLACEHOLDER)],
      ['mn-disagg-0-prefill', '1', '2', ...Array<string>(6).fill(PLACEHOLDER)],
    ]);
    expect(seed.scalingGroups.placeholderColumns).toEqual([
      'AVAILABLE',
      'SCHEDULED',
      'UPDATED',
      'PCLQS-UPDATED',
      'PCLQS-TOTAL',
      'AGE',
    ]);
  });

  it('formats whole tables with kubectl spacing', () => {
    expect(formatTable(seed.scalingGroups).split('\n')[1]).toBe(
      'mn-disagg-0-decode    1          1          <live>      <live>      <live>    <live>          <live>        <live>',
    );
    // The base gang, then prefill replica 1's scaled gang (REFERENCE (f)).
    expect(formatTable(seed.podGangs).split('\n')).toEqual([
      'NAME                    AGE',
      'mn-disagg-0             <live>',
      'mn-disagg-0-prefill-0   <live>',
      '',
    ]);
    expect(formatTable(seed.podCliqueSet)).toBe(
      'NAME        REPLICAS   AVAILABLE   UPDATED   PCLQS-UPDATED   PCLQS-TOTAL   PCSGS-UPDATED   PCSGS-TOTAL   AGE\n' +
        'mn-disagg   1          <live>      <live>    <live>          <live>        <live>          <live>        <live>\n',
    );
  });

  it('gives the commands to apply and delete', () => {
    expect(seed.podCliques.command).toBe('kubectl get pclq -l app.kubernetes.io/part-of=mn-disagg');
    expect(seed.podGangs.command).toBe('kubectl get pg -l app.kubernetes.io/part-of=mn-disagg');
    expect(seed.podCliqueSet.command).toBe('kubectl get pcs mn-disagg');
    expect(applyCommand('multinode-disaggregated-with-frontend.yaml')).toBe(
      'kubectl apply -f multinode-disaggregated-with-frontend.yaml',
    );
    expect(applyCommand("my designs/it's.yaml")).toBe(`kubectl apply -f 'my designs/it'\\''s.yaml'`);
    expect(deletePodCliqueSetCommand('mn-disagg', 'default')).toBe('kubectl delete pcs mn-disagg -n default');
  });
});

/** 01_core-concepts/04_takeaways.md: real `kubectl get pods -o wide` output for complete-inference-pipeline. */
const realWide = `
NAME                                             READY   STATUS    RESTARTS   AGE   IP            NODE            NOMINATED NODE   READINESS GATES
comp-inf-ppln-0-decode-cluster-0-dleader-wr7r2   1/1     Running   0          51s   10.244.8.0    fake-node-008   <none>           <none>
comp-inf-ppln-0-decode-cluster-0-dworker-4nm98   1/1     Running   0          51s   10.244.5.0    fake-node-005   <none>           <none>
comp-inf-ppln-0-decode-cluster-0-dworker-wqzb9   1/1     Running   0          51s   10.244.2.0    fake-node-002   <none>           <none>
comp-inf-ppln-0-frontend-fxxsg                   1/1     Running   0          51s   10.244.1.0    fake-node-001   <none>           <none>
comp-inf-ppln-0-frontend-shp8h                   1/1     Running   0          51s   10.244.20.0   fake-node-020   <none>           <none>
comp-inf-ppln-0-prefill-0-pleader-vgz8n          1/1     Running   0          51s   10.244.17.0   fake-node-017   <none>           <none>
comp-inf-ppln-0-prefill-0-pworker-95jls          1/1     Running   0          51s   10.244.9.0    fake-node-009   <none>           <none>
comp-inf-ppln-0-prefill-0-pworker-k8bck          1/1     Running   0          51s   10.244.4.0    fake-node-004   <none>           <none>
comp-inf-ppln-0-prefill-0-pworker-qlsb9          1/1     Running   0          51s   10.244.14.0   fake-node-014   <none>           <none>
comp-inf-ppln-0-prefill-0-pworker-wfxdg          1/1     Running   0          51s   10.244.15.0   fake-node-015   <none>           <none>
comp-inf-ppln-0-vision-encoder-rwvz5             1/1     Running   0          51s   10.244.7.0    fake-node-007   <none>           <none>`
  .trim()
  .split('\n');

describe('against real kubectl output (Grove core-concepts guide)', () => {
  it('orders the pods of complete-inference-pipeline as the cluster did', () => {
    const pods = tablesOf(sample('complete-inference-pipeline.yaml')).pods;
    const names = pods.rows(0, pods.count).map((r) => withoutSuffix(r[0]!));
    expect(names).toEqual(realWide.slice(1).map((l) => withoutSuffix(cellsOf(l)[0]!)));
    expect(pods.header).toEqual(cellsOf(realWide[0]!));
    // No readiness gates in the sample: kubectl's <none> is known before anything runs.
    expect(pods.rows(0, 1)[0]!.slice(-2)).toEqual([PLACEHOLDER, '<none>']);
    expect(pods.placeholderColumns).not.toContain('READINESS GATES');
  });

  it('pads columns byte for byte like kubectl (tabwriter: padding 3, minimum width 6)', () => {
    const table = realWide.map(cellsOf);
    const widths = textWidths(table[0]!, table.slice(1));
    expect(table.map((c) => formatLine(c, widths))).toEqual(realWide);
  });
});
