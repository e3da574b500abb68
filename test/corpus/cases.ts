/**
 * The hostile and broken input corpus (issue 7): every case is built from a function, so the large ones
 * (5 MB, 1,000 documents, 10,000 levels) are generated when a test runs instead of being stored.
 * The same cases are checked in the core (test/corpus/corpus.test.ts) and in the browser (e2e/corpus.spec.ts).
 */

export interface CorpusCase {
  readonly name: string;
  readonly text: () => string;
  /** Rule codes that must be reported (at least one diagnostic of each). */
  readonly codes: readonly string[];
  /** The text cannot be read as YAML (the CLI exits 2; the page keeps its last good result). */
  readonly unreadable?: boolean;
}

/** The seed: Grove's hands-on example, inlined so the corpus does not depend on where the samples live. */
export const seed = `apiVersion: grove.io/v1alpha1
kind: PodCliqueSet
metadata:
  name: mn-disagg
  namespace: default
spec:
  replicas: 1
  template:
    cliques:
    - name: frontend
      spec:
        replicas: 2
        podSpec:
          containers:
          - name: frontend
            image: nginx:latest
    - name: pleader
      spec:
        roleName: pleader
        replicas: 1
        podSpec:
          containers:
          - name: pleader
            image: nginx:latest
    - name: pworker
      spec:
        roleName: pworker
        replicas: 3
        podSpec:
          containers:
          - name: pworker
            image: nginx:latest
    podCliqueScalingGroups:
    - name: prefill
      cliqueNames: [pleader, pworker]
      replicas: 2
`;

const withReplicas = (value: string) => seed.replace('  replicas: 1\n', `  replicas: ${value}\n`);

/** A valid PodCliqueSet of about `bytes` bytes: many cliques with long commands. */
export function largeManifest(bytes: number): string {
  const head = seed.slice(0, seed.indexOf('    podCliqueScalingGroups:'));
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const clique = `    - name: c${i}
      spec:
        roleName: r${i}
        replicas: 1
        podSpec:
          containers:
          - name: main
            image: registry.example.com/inference/server:2026.11
            args: ["--model", "/models/llama", "--tensor-parallel-size", "8", "--max-model-len", "32768", "--port", "${8000 + (i % 1000)}"]
            env:
            - name: WORKER_INDEX
              value: "${i}"
            resources:
              requests:
                cpu: "4"
                memory: 16Gi
`;
    parts.push(clique);
    size += clique.length;
  }
  return parts.join('');
}

const syntaxErrorAt = (line: number, insert: string) => () => {
  const lines = seed.split('\n');
  lines.splice(line, 0, insert);
  return lines.join('\n');
};

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const previous = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: bomb\n${lines.map((l) => `  ${l}`).join('\n')}\n`.replace(
    'metadata:\n  name: bomb\n',
    'metadata:\n  name: bomb\n  labels:\n',
  );
}

export const corpus: readonly CorpusCase[] = [
  { name: 'empty file', text: () => '', codes: [] },
  { name: 'only comments', text: () => '# nothing here\n', codes: [] },
  {
    name: 'syntax error: unclosed flow list',
    text: syntaxErrorAt(3, '  labels: [a, b'),
    codes: ['yaml-syntax'],
    unreadable: true,
  },
  {
    name: 'syntax error: bad indentation',
    text: syntaxErrorAt(7, '     replicas: 2'),
    codes: ['yaml-syntax'],
    unreadable: true,
  },
  {
    name: 'syntax error: unclosed quote',
    text: syntaxErrorAt(12, '        image: "nginx'),
    codes: ['yaml-syntax'],
    unreadable: true,
  },
  {
    name: 'syntax error: missing colon',
    text: syntaxErrorAt(20, '        replicas 3'),
    codes: ['yaml-syntax'],
    unreadable: true,
  },
  {
    name: 'syntax error: last line',
    text: () => `${seed}    - name: [`,
    codes: ['yaml-syntax'],
    unreadable: true,
  },
  {
    name: 'tabs for indentation',
    text: () => seed.replace('  replicas: 1\n', '\treplicas: 1\n'),
    codes: ['yaml-syntax'],
    unreadable: true,
  },
  { name: 'alias bomb (billion laughs)', text: aliasBomb, codes: ['yaml-alias-bomb'], unreadable: true },
  {
    name: 'nesting 10,000 deep',
    text: () =>
      `apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nspec: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    codes: ['yaml-too-deep'],
    unreadable: true,
  },
  { name: 'replicas: 1e9', text: () => withReplicas('1e9'), codes: [] },
  { name: 'replicas: -1', text: () => withReplicas('-1'), codes: ['replicas-negative'] },
  { name: 'replicas: "three"', text: () => withReplicas('"three"'), codes: ['schema-type'] },
  { name: 'replicas: 2147483648', text: () => withReplicas('2147483648'), codes: ['schema-integer-range'] },
  {
    name: '__proto__ and constructor keys',
    text: () =>
      seed.replace(
        '  replicas: 1\n',
        '  replicas: 1\n  __proto__: {polluted: true}\n  constructor: {prototype: {x: 1}}\n',
      ),
    codes: ['schema-unknown-field'],
  },
  {
    name: 'a name with <script>',
    text: () => seed.replace('name: frontend\n', 'name: "<script>alert(1)</script>"\n'),
    codes: ['clique-name-invalid'],
  },
  {
    name: 'a name with an img onerror',
    text: () => seed.replace('name: mn-disagg', 'name: "\\"><img src=x onerror=alert(1)>"'),
    codes: ['metadata-name-invalid'],
  },
  {
    name: 'binary bytes',
    text: () => `${seed}\u0000\u0001\u0002\u00ff`,
    codes: ['yaml-binary'],
    unreadable: true,
  },
  { name: 'a 5 MB manifest', text: () => largeManifest(5_000_000), codes: [] },
  {
    name: '1,000 documents in one file',
    text: () =>
      Array.from({ length: 1000 }, (_, i) => seed.replace('name: mn-disagg', `name: pcs-${i}`)).join('---\n'),
    codes: [],
  },
];
