/**
 * A large design for tests and benchmarks: `groups` scaling groups of `perGroup` cliques each and
 * `standalone` cliques, Explicit startup with chains inside each group and among the standalone
 * cliques, every tenth clique asking for GPUs. Pure text, no imports: browser tests use it too.
 */
export function manyCliques({ groups = 10, perGroup = 5, standalone = 50 } = {}): string {
  const clique = (name: string, after: string | null, gpus: boolean) =>
    [
      `    - name: ${name}`,
      `      spec:`,
      `        roleName: ${name}`,
      ...(after ? [`        startsAfter: [${after}]`] : []),
      `        replicas: 2`,
      `        podSpec:`,
      `          containers:`,
      `          - name: main`,
      `            image: registry.example/serve:1.0`,
      `            resources:`,
      `              requests:`,
      `                cpu: "1"`,
      ...(gpus ? [`                nvidia.com/gpu: "8"`] : []),
      ...(gpus ? [`              limits:`, `                nvidia.com/gpu: "8"`] : []),
    ].join('\n');
  const lines: string[] = [];
  let n = 0;
  for (let g = 0; g < groups; g++)
    for (let i = 0; i < perGroup; i++)
      lines.push(
        clique(`g${g}-c${i}`, i === 0 ? (g === 0 ? null : `s${g - 1}`) : `g${g}-c${i - 1}`, n++ % 10 === 0),
      );
  for (let s = 0; s < standalone; s++)
    lines.push(clique(`s${s}`, s % 5 === 0 ? null : `s${s - 1}`, n++ % 10 === 0));
  const scaling = Array.from({ length: groups }, (_, g) =>
    [
      `    - name: g${g}`,
      `      cliqueNames: [${Array.from({ length: perGroup }, (_, i) => `g${g}-c${i}`).join(', ')}]`,
      `      replicas: 1`,
    ].join('\n'),
  );
  return [
    'apiVersion: grove.io/v1alpha1',
    'kind: PodCliqueSet',
    'metadata:',
    '  name: big',
    'spec:',
    '  replicas: 1',
    '  template:',
    '    cliqueStartupType: CliqueStartupTypeExplicit',
    '    cliques:',
    ...lines,
    ...(groups > 0 ? ['    podCliqueScalingGroups:', ...scaling] : []),
    '',
  ].join('\n');
}
