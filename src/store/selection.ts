/**
 * What the user has selected, as a plain serialisable value. It lives in the store; the graph's own
 * selection and the editor's cursor follow it, never the other way round.
 */
export type Selection =
  | { readonly kind: 'podCliqueSet'; readonly document: number }
  | { readonly kind: 'scalingGroup'; readonly document: number; readonly name: string }
  | { readonly kind: 'clique'; readonly document: number; readonly name: string }
  /** A generated PodClique, by its FQN; `clique` names its clique template, for views that show cliques. */
  | { readonly kind: 'podClique'; readonly document: number; readonly name: string; readonly clique?: string }
  /** A pod, by its PodClique FQN and index. Indices are strings so that bigints survive JSON. */
  | {
      readonly kind: 'pod';
      readonly document: number;
      readonly podClique: string;
      readonly index: string;
      readonly clique?: string;
    };

export type SelectionKind = Selection['kind'];

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The key graph positions are stored under: a scaling group and a clique may share a name. */
export function positionKey(document: number, kind: 'scalingGroup' | 'clique', name: string): string {
  return `${document}/${kind}/${name}`;
}
