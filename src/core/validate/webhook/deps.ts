/**
 * The `startsAfter` graph of an Explicit startup order (Grove's `podcliquedeps.go`): edges go from a
 * clique to the cliques it waits for. Cycles are strongly connected components of two or more cliques
 * (Tarjan); a clique waiting for itself is reported separately (C9b), not as a cycle.
 */
export interface DependencyGraph {
  readonly nodes: readonly string[];
  readonly edges: ReadonlyMap<string, readonly string[]>;
}

export function dependencyGraph(
  cliques: readonly { name: string; deps: readonly string[] }[],
): DependencyGraph {
  const edges = new Map<string, string[]>();
  const nodes: string[] = [];
  const add = (name: string): string[] => {
    let out = edges.get(name);
    if (!out) {
      out = [];
      edges.set(name, out);
      nodes.push(name);
    }
    return out;
  };
  for (const { name, deps } of cliques) {
    const out = add(name);
    for (const dep of deps) {
      out.push(dep);
      add(dep);
    }
  }
  return { nodes, edges };
}

/** Dependencies that name no clique, each once, in order of appearance (`""` included). */
export function unknownDependencies(graph: DependencyGraph, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const deps of graph.edges.values())
    for (const dep of deps)
      if (!known.has(dep) && !seen.has(dep)) {
        seen.add(dep);
        out.push(dep);
      }
  return out;
}

interface Frame {
  readonly node: string;
  next: number;
}

/** Strongly connected components with two or more members, found without recursion. */
export function cycles(graph: DependencyGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const open = (node: string, frames: Frame[]): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    frames.push({ node, next: 0 });
  };
  for (const root of graph.nodes) {
    if (index.has(root)) continue;
    const frames: Frame[] = [];
    open(root, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const deps = graph.edges.get(frame.node) ?? [];
      if (frame.next < deps.length) {
        const dep = deps[frame.next++]!;
        if (!index.has(dep)) open(dep, frames);
        else if (onStack.has(dep)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(dep)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length >= 2) out.push(component.reverse());
    }
  }
  return out;
}
