import type { PathSegment } from '../diagnostics/types';
import { list, str } from '../model/read';
import type { CliqueModel } from '../model/types';

/** The container lists Grove injects its variables into (not ephemeral containers). */
const CONTAINER_LISTS = ['containers', 'initContainers'] as const;

export interface TextField {
  /** Locator segments below the clique's `spec.podSpec`. */
  readonly at: readonly PathSegment[];
  readonly text: string;
}

/** Every `env[].name` of the clique's containers and init containers. */
export function envNames(clique: CliqueModel): TextField[] {
  const out: TextField[] = [];
  for (const key of CONTAINER_LISTS)
    (list(clique.podSpec, key) ?? []).forEach((container, c) =>
      (list(container, 'env') ?? []).forEach((entry, e) => {
        const name = str(entry, 'name');
        if (name !== undefined) out.push({ at: [key, c, 'env', e, 'name'], text: name });
      }),
    );
  return out;
}

/** Every text a container runs or sees: `command[]`, `args[]` and literal `env[].value`. */
export function scriptTexts(clique: CliqueModel): TextField[] {
  const out: TextField[] = [];
  for (const key of CONTAINER_LISTS)
    (list(clique.podSpec, key) ?? []).forEach((container, c) => {
      for (const field of ['command', 'args'] as const)
        (list(container, field) ?? []).forEach((item, m) => {
          if (typeof item === 'string') out.push({ at: [key, c, field, m], text: item });
        });
      (list(container, 'env') ?? []).forEach((entry, e) => {
        const value = str(entry, 'value');
        if (value !== undefined) out.push({ at: [key, c, 'env', e, 'value'], text: value });
      });
    });
  return out;
}
