import { lazy, Suspense, type ReactNode } from 'react';
import { parseRoute, useHash } from './route';

const WorkshopPage = lazy(() => import('./WorkshopPage').then((m) => ({ default: m.WorkshopPage })));

/**
 * Shows the workshop when the URL fragment is `#/workshop[/<lesson>]`, else the designer (`children`).
 * The workshop's code and its worker are loaded the first time it is opened.
 */
export function WorkshopSwitch({ children }: { readonly children: ReactNode }) {
  const route = parseRoute(useHash());
  if (!route) return children;
  return (
    <Suspense fallback={<p className="workshop-loading">Opening the workshop…</p>}>
      <WorkshopPage lesson={route.lesson} />
    </Suspense>
  );
}
