import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  deletePodCliqueSetCommand,
  getObjectsCommand,
  getPodCliqueSetCommand,
  getPodsCommand,
} from './commands';

describe('kubectl command lines', () => {
  it('print valid names as they are, as Grove’s guides write them', () => {
    expect(getPodsCommand('mn-disagg', 'default', true)).toBe(
      'kubectl get pods -l app.kubernetes.io/part-of=mn-disagg -o wide',
    );
    expect(getObjectsCommand('pclq', 'mn-disagg', 'team-a', false)).toBe(
      'kubectl get pclq -l app.kubernetes.io/part-of=mn-disagg -n team-a',
    );
    expect(deletePodCliqueSetCommand('mn-disagg', '')).toBe('kubectl delete pcs mn-disagg -n default');
    expect(getPodCliqueSetCommand('mn-disagg', 'default')).toBe('kubectl get pcs mn-disagg');
  });

  it('keep a hostile name one shell word: nothing in it is run, redirected or expanded', () => {
    const name = `x; rm -rf ~ > "$HOME/it's" \`id\``;
    const word = `'x; rm -rf ~ > "$HOME/it'\\''s" \`id\`'`;
    expect(deletePodCliqueSetCommand(name, name)).toBe(`kubectl delete pcs ${word} -n ${word}`);
    expect(getPodCliqueSetCommand(name, 'default')).toBe(`kubectl get pcs ${word}`);
    expect(getPodsCommand('"><svg onload=x>', 'default', false)).toBe(
      `kubectl get pods -l 'app.kubernetes.io/part-of="><svg onload=x>'`,
    );
    expect(applyCommand(`${name}.yaml`)).toBe(
      `kubectl apply -f 'x; rm -rf ~ > "$HOME/it'\\''s" \`id\`.yaml'`,
    );
  });
});
