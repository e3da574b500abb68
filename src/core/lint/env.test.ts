import { describe, expect, it } from 'vitest';
import { yaml } from '../test-support/dedent';
import { sample } from '../test-support/samples';
import { lintText, only } from './fixture';

function manifest(name: string, container: string, grouped = false): string {
  return yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata: {name: app}
    spec:
      replicas: 1
      template:
        cliques:
          - name: ${name}
            spec:
              roleName: r
              replicas: 1
              podSpec:
                containers:
                  - ${container}
        podCliqueScalingGroups: ${grouped ? `[{name: sg, cliqueNames: [${name}]}]` : '[]'}
  `;
}

describe('reserved-env-name', () => {
  it('reports a variable Grove injects into every container', () => {
    const text = manifest(
      'a',
      '{name: c, image: i, env: [{name: X, value: "1"}, {name: GROVE_PCS_NAME, value: me}]}',
    );
    const [finding] = only(lintText(text), 'reserved-env-name');
    expect(finding!.path).toBe('spec.template.cliques[0].spec.podSpec.containers[0].env[1].name');
    expect(finding!.message).toContain('Grove injects GROVE_PCS_NAME into every container');
  });

  it('reports GROVE_PCSG_* in a scaling-group member only', () => {
    const container = '{name: c, image: i, env: [{name: GROVE_PCSG_INDEX, value: "9"}]}';
    expect(only(lintText(manifest('a', container, true)), 'reserved-env-name')).toHaveLength(1);
    expect(only(lintText(manifest('a', container, false)), 'reserved-env-name')).toEqual([]);
  });

  it('accepts the Grove samples, which only read the variables', () => {
    expect(only(lintText(sample('pcsg-env-vars.yaml')), 'reserved-env-name')).toEqual([]);
  });
});

describe('role-parse-hyphen', () => {
  const script = `{name: c, image: i, command: [sh, -c, "ROLE=$(echo $GROVE_PCLQ_NAME | awk -F- '{print $NF}')"]}`;

  it("reports the guide's split-on-hyphen pattern for a hyphenated clique name", () => {
    const [finding] = only(lintText(manifest('p-worker', script)), 'role-parse-hyphen');
    expect(finding!.path).toBe('spec.template.cliques[0].spec.podSpec.containers[0].command[2]');
    expect(finding!.message).toContain('the last field is "worker", not "p-worker"');
  });

  it.each([
    ['cut', 'echo $GROVE_PCLQ_NAME | cut -d "-" -f 4'],
    ['parameter expansion', 'ROLE=${GROVE_PCLQ_NAME##*-}'],
    ['python', 'role = os.environ["GROVE_PCLQ_NAME"].split("-")[-1]'],
  ])('recognises %s', (_label, line) => {
    const container = `{name: c, image: i, args: [${JSON.stringify(line)}]}`;
    expect(only(lintText(manifest('p-worker', container)), 'role-parse-hyphen')).toHaveLength(1);
  });

  it('stays quiet for a clique name without hyphens, and for scripts that do not split', () => {
    expect(only(lintText(manifest('pworker', script)), 'role-parse-hyphen')).toEqual([]);
    const plain = '{name: c, image: i, args: ["echo $GROVE_PCLQ_NAME-$GROVE_PCLQ_POD_INDEX"]}';
    expect(only(lintText(manifest('p-worker', plain)), 'role-parse-hyphen')).toEqual([]);
  });
});
