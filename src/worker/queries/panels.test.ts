import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../../core/check/settings';
import { seedText } from '../../core/test-support/samples';
import { CoreHost } from '../handle';
import type { QueryName } from './types';
import { treeWindowQuery } from './tree-window';
import { kubectlWindowQuery } from './kubectl-window';
import { kubectlTextQuery } from './kubectl-text';
import { decodeNameQuery } from './decode-name';
import { nameBudgetsQuery } from './name-budgets';
import { gangMembershipQuery } from './gang-membership';
import { capacityViewQuery } from './capacity-view';
import { editCommandQuery } from './edit-command';

/** The queries of the pod tree, names, kubectl and capacity panels, through the worker's logic. */

let revision = 0;
function analyze(host: CoreHost, text: string) {
  host.handle({
    type: 'analyze',
    input: { revision: ++revision, text, activeDocument: 0, cluster: HELM_DEFAULTS },
  });
}

/** Asks a query and passes the answer through structured cloning, as postMessage would. */
function ask<A, R>(host: CoreHost, query: QueryName<A, R>, args: A): R {
  const response = host.handle({ type: 'query', id: 1, name: query.name, args });
  if (response.type !== 'query') throw new Error(response.type === 'failed' ? response.message : 'no answer');
  return structuredClone(response.result) as R;
}

describe('panel queries on the seed', () => {
  const host = new CoreHost(() => 0);
  analyze(host, seedText);

  it('treeWindow: rows for the expanded nodes and the row of a node to scroll to', () => {
    const answer = ask(host, treeWindowQuery, {
      expanded: ['0', '0/g:prefill'],
      start: 0,
      end: 50,
      find: '0/g:prefill/1',
    });
    expect(answer.count).toBe(6);
    expect(answer.rows.map((r) => r.kind)).toEqual([
      'replica',
      'podClique',
      'scalingGroup',
      'groupReplica',
      'groupReplica',
      'scalingGroup',
    ]);
    expect(answer.rowOf).toBe(4);
  });

  it('kubectlWindow: the 13 pods, 7 PodCliques and 2 scaling groups of the guide, in its order', () => {
    const pods = ask(host, kubectlWindowQuery, { view: 'pods', start: 0, end: 100 })!;
    expect(pods.command).toBe('kubectl get pods -l app.kubernetes.io/part-of=mn-disagg -o wide');
    expect(pods.count).toBe(13);
    expect(pods.rows.map((r) => r[0]!.slice(0, -6))).toEqual([
      'mn-disagg-0-decode-0-dleader',
      'mn-disagg-0-decode-0-dworker',
      'mn-disagg-0-decode-0-dworker',
      'mn-disagg-0-frontend',
      'mn-disagg-0-frontend',
      ...Array<string>(1).fill('mn-disagg-0-prefill-0-pleader'),
      ...Array<string>(3).fill('mn-disagg-0-prefill-0-pworker'),
      'mn-disagg-0-prefill-1-pleader',
      ...Array<string>(3).fill('mn-disagg-0-prefill-1-pworker'),
    ]);
    expect(pods.rows[0]).toContain('<live>');
    const pclq = ask(host, kubectlWindowQuery, { view: 'podCliques', start: 0, end: 100 })!;
    expect(pclq.rows.map((r) => r[0])).toEqual([
      'mn-disagg-0-decode-0-dleader',
      'mn-disagg-0-decode-0-dworker',
      'mn-disagg-0-frontend',
      'mn-disagg-0-prefill-0-pleader',
      'mn-disagg-0-prefill-0-pworker',
      'mn-disagg-0-prefill-1-pleader',
      'mn-disagg-0-prefill-1-pworker',
    ]);
    const pcsg = ask(host, kubectlWindowQuery, { view: 'scalingGroups', start: 0, end: 100 })!;
    expect(pcsg.rows.map((r) => r[0])).toEqual(['mn-disagg-0-decode', 'mn-disagg-0-prefill']);
    expect(pcsg.delete).toBe('kubectl delete pcs mn-disagg -n default');
    expect(pcsg.apply).toBe('kubectl apply -f mn-disagg.yaml');
  });

  it('kubectlText: the command and the table as kubectl prints it', () => {
    const answer = ask(host, kubectlTextQuery, { view: 'scalingGroups' })!;
    expect(answer.text.split('\n').slice(0, 3)).toEqual([
      '$ kubectl get pcsg -l app.kubernetes.io/part-of=mn-disagg',
      expect.stringMatching(/^NAME {3,}MINAVAIL/),
      expect.stringMatching(/^mn-disagg-0-decode {3,}1 /),
    ]);
  });

  it('decodeName finds a pod by its hostname', () => {
    const answer = ask(host, decodeNameQuery, { text: 'mn-disagg-0-prefill-1-pworker-2' })!;
    expect(answer.status).toBe('found');
    if (answer.status === 'found') expect(answer.reading.podClique).toBe('mn-disagg-0-prefill-1-pworker');
  });

  it('nameBudgets, gangMembership and capacityView answer for the active PodCliqueSet', () => {
    const budgets = ask(host, nameBudgetsQuery, {
      overrides: { groupReplicas: { prefill: 100n } },
      limit: 100,
    })!;
    expect(budgets.longest!.hostname.name).toBe('mn-disagg-0-prefill-99-pworker-2');
    expect(budgets).toMatchObject({ total: 5, matching: 5, pcsReplicas: 1n }); // one per clique of the seed
    // Filtered and capped in the worker: the page receives what it draws.
    const some = ask(host, nameBudgetsQuery, { filter: 'WORKER', limit: 1 })!;
    expect(some).toMatchObject({ total: 5, matching: 2 });
    expect(some.budgets.map((b) => b.clique)).toEqual(['pworker']);
    expect(some.longest!.clique).toBe('pworker');
    const gangs = ask(host, gangMembershipQuery, {})!;
    expect(gangs.groups[0]).toMatchObject({ scalingGroup: 'prefill', baseReplicas: 1, scaledReplicas: 1 });
    const capacity = ask(host, capacityViewQuery, { shape: { cpu: '100m', memory: '1Gi' } })!;
    expect(capacity.rows.at(-1)!.levels.replicas.nodes).toMatchObject({ lowerBound: 2 });
    // At most `limit` scope rows; the replica and total rows always, the rest counted.
    const capped = ask(host, capacityViewQuery, { shape: { cpu: '100m', memory: '1Gi' }, limit: 2 })!;
    const scopes = capacity.rows.filter((r) => r.scope !== 'pcsReplica' && r.scope !== 'total');
    expect(capped.omittedRows).toBe(scopes.length - 2);
    expect(capped.rows).toEqual([...scopes.slice(0, 2), ...capacity.rows.slice(scopes.length)]);
  });

  it('editCommand answers edits for the text the worker analysed', () => {
    const answer = ask(host, editCommandQuery, {
      command: { type: 'setGroupReplicas', group: 'prefill', replicas: 3 },
    });
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.edits.map((e) => e.text)).toEqual(['3']);
  });
});

describe('while the text cannot be read', () => {
  it('answers from the last analysis that could, as the panels show it', () => {
    const host = new CoreHost(() => 0);
    analyze(host, seedText);
    ask(host, treeWindowQuery, { expanded: [], start: 0, end: 10 });
    analyze(host, 'kind: PodCliqueSet\nspec: [');
    expect(ask(host, treeWindowQuery, { expanded: [], start: 0, end: 10 }).count).toBe(1);
    expect(ask(host, kubectlWindowQuery, { view: 'pods', start: 0, end: 1 })!.count).toBe(13);
  });
});
