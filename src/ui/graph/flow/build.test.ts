import { describe, expect, it } from 'vitest';
import { messagesByItem } from '../../../core/analysis/item-diagnostics';
import { analyze } from '../../../core/analysis/analyze';
import { HELM_DEFAULTS } from '../../../core/check/settings';
import { seedText } from '../../../core/test-support/samples';
import { sceneOf } from '../model/scene';
import { topologyOf } from '../model/topology';
import {
  flowEdges,
  flowNodes,
  givenNothing,
  handOver,
  reuseUnchanged,
  reuseUnchangedEdges,
  withOverrides,
} from './build';
import type { GraphEdge, GraphNode } from './types';

function inputsFor(text: string, selected: string[] = []) {
  const { analysis } = analyze({ revision: 1, text, activeDocument: 0, cluster: HELM_DEFAULTS });
  const active = analysis.active!;
  const topology = topologyOf(active.design);
  const scene = sceneOf(topology, null, () => undefined);
  const messages = messagesByItem(
    analysis.diagnostics.filter((d) => d.document === active.index),
    active.outline,
  );
  return {
    topology,
    scene,
    selected: new Set(selected),
    renaming: null,
    messages,
    editable: true,
    describedBy: 'help',
  };
}

describe('flowNodes', () => {
  it('lists the frame, then groups, then cliques, children pointing at their group', () => {
    const nodes = flowNodes(inputsFor(seedText));
    expect(nodes.map((n) => [n.id, n.type, n.parentId])).toEqual([
      ['podCliqueSet', 'frame', undefined],
      ['group:prefill', 'scalingGroup', undefined],
      ['group:decode', 'scalingGroup', undefined],
      ['clique:frontend', 'clique', undefined],
      ['clique:pleader', 'clique', 'group:prefill'],
      ['clique:pworker', 'clique', 'group:prefill'],
      ['clique:dleader', 'clique', 'group:decode'],
      ['clique:dworker', 'clique', 'group:decode'],
    ]);
    const pworker = nodes.find((n) => n.id === 'clique:pworker')!;
    expect(pworker.ariaLabel).toBe('Clique pworker, 3 replicas, in scaling group prefill');
    expect(nodes.filter((n) => n.selected)).toEqual([]);
  });

  it('marks the store-selected vertices, and names errors in the accessible label', () => {
    const text = seedText.replace('- name: pworker', '- name: pleader');
    const nodes = flowNodes(inputsFor(text, ['clique#2']));
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['clique#2']);
    expect(nodes.find((n) => n.id === 'clique#2')!.ariaLabel).toMatch(
      /^Clique pleader, 3 replicas, in scaling group prefill, \d+ errors?/,
    );
  });

  it('nothing can be dragged or connected while the graph is stale', () => {
    const nodes = flowNodes({ ...inputsFor(seedText), editable: false });
    expect(nodes.some((n) => n.draggable || n.connectable)).toBe(false);
  });
});

const seedInOrder = seedText.replace(
  '  template:\n',
  '  template:\n    cliqueStartupType: CliqueStartupTypeInOrder\n',
);

describe('withOverrides and reuseUnchanged', () => {
  it('shows a dragged node at its canvas position, in its parent group coordinates', () => {
    const inputs = inputsFor(seedText);
    const nodes = flowNodes(inputs);
    const prefill = inputs.scene.boxes.get('group:prefill')!;
    const moved = withOverrides(
      nodes,
      new Map([['clique:pworker', { x: prefill.abs.x + 5, y: prefill.abs.y + 7 }]]),
      inputs.scene,
    );
    expect(moved.find((n) => n.id === 'clique:pworker')!.position).toEqual({ x: 5, y: 7 });
    const reused = reuseUnchanged(new Map(nodes.map((n) => [n.id, n])), moved);
    expect(reused.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual(['clique:pworker']);
  });
});

describe('handOver', () => {
  it('gives React Flow the very same lists when a new analysis describes the same design', () => {
    const nodesGiven = givenNothing<GraphNode>();
    const edgesGiven = givenNothing<GraphEdge>();
    const first = inputsFor(seedInOrder);
    const nodes = handOver(nodesGiven, flowNodes(first), reuseUnchanged);
    const edges = handOver(edgesGiven, flowEdges(first.topology, null, true), reuseUnchangedEdges);
    // Another analysis of the same text: new objects everywhere, equal content.
    const again = inputsFor(seedInOrder);
    expect(handOver(nodesGiven, flowNodes(again), reuseUnchanged)).toBe(nodes);
    expect(handOver(edgesGiven, flowEdges(again.topology, null, true), reuseUnchangedEdges)).toBe(edges);
  });

  it('redraws only the renamed clique, its group (which lists its members) and the arrows that touch it', () => {
    const nodesGiven = givenNothing<GraphNode>();
    const edgesGiven = givenNothing<GraphEdge>();
    const first = inputsFor(seedInOrder);
    const nodes = handOver(nodesGiven, flowNodes(first), reuseUnchanged);
    const edges = handOver(edgesGiven, flowEdges(first.topology, null, true), reuseUnchangedEdges);
    const renamed = inputsFor(seedInOrder.replaceAll('dworker', 'dworkers'));
    const nodes2 = handOver(nodesGiven, flowNodes(renamed), reuseUnchanged);
    const edges2 = handOver(edgesGiven, flowEdges(renamed.topology, null, true), reuseUnchangedEdges);
    const redrawn = nodes2.filter((n) => !nodes.includes(n)).map((n) => n.id);
    expect(redrawn).toEqual(['group:decode', 'clique:dworkers']);
    expect(edges2.filter((e) => !edges.includes(e)).map((e) => e.target)).toEqual(['clique:dworkers']);
  });
});

describe('flowEdges', () => {
  it('lets only startsAfter edges be selected and deleted', () => {
    const inOrder = seedText.replace(
      '  template:\n',
      '  template:\n    cliqueStartupType: CliqueStartupTypeInOrder\n',
    );
    const edges = flowEdges(inputsFor(inOrder).topology, null, true);
    expect(edges).toHaveLength(4);
    expect(edges.every((e) => !e.deletable && !e.selectable)).toBe(true);
    expect(edges[0]!.ariaLabel).toBe('pleader starts after frontend (list order)');
  });
});
