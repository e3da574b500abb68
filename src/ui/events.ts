import type { TextRange } from '../core/diagnostics/types';

/** One-off requests between panels that are not state: "show this range in the editor". */
export interface RevealRequest {
  readonly range: TextRange;
  readonly select: boolean;
  readonly focus: boolean;
}

type Listener<T> = (value: T) => void;

export class Channel<T> {
  private readonly listeners = new Set<Listener<T>>();

  emit(value: T): void {
    for (const listener of this.listeners) listener(value);
  }

  listen(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface DesignerEvents {
  readonly reveal: Channel<RevealRequest>;
}

export function createEvents(): DesignerEvents {
  return { reveal: new Channel<RevealRequest>() };
}
