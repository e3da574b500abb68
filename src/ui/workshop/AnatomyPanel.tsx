import { useMemo } from 'react';
import type { DesignSummary } from '../../core/analysis/types';
import { anatomy, type NameAnatomy } from '../../core/names/anatomy';
import { podHostname, groupPodCliqueName, standalonePodCliqueName } from '../../core/names/names';
import { podSuffix } from '../../core/names/suffix';
import { useAnalysis } from '../hooks/useAnalysis';
import { NameLegend } from '../names/NameLegend';
import { partClass } from '../names/roles';

interface Row {
  readonly clique: string;
  readonly group: string | null;
  readonly pod: NameAnatomy;
  readonly hostname: NameAnatomy;
}

/** The first pod of every clique in PCS replica 0, as kubectl shows it and as its hostname. */
function rowsOf(design: DesignSummary): Row[] {
  const pcs = design.name;
  return design.cliques
    .filter((c) => c.name !== '')
    .map((c) => {
      const group = c.scalingGroup;
      const podClique = group
        ? groupPodCliqueName(pcs, 0, group, 0, c.name)
        : standalonePodCliqueName(pcs, 0, c.name);
      const subject = {
        pcs,
        pcsReplica: 0,
        scalingGroup: group,
        scalingGroupReplica: 0,
        clique: c.name,
        podIndex: 0,
      };
      return {
        clique: c.name,
        group,
        pod: anatomy('pod', { ...subject, suffix: podSuffix(0, podHostname(podClique, 0)) }),
        hostname: anatomy('hostname', subject),
      };
    });
}

function Coloured({ name }: { readonly name: NameAnatomy }) {
  return (
    <span className="mono anatomy-name" title={`${name.name.length} characters`}>
      {name.parts.map((p) => (
        <span key={p.start} className={`${partClass(p.role)} coloured`}>
          {p.text}
        </span>
      ))}
    </span>
  );
}

/**
 * Name anatomy: how Grove builds the names of this design, part by part, in the naming guide's colours.
 * Hidden while the lesson asks the participant to find the parts themselves.
 */
export function AnatomyPanel({ hidden = false }: { readonly hidden?: boolean }) {
  const design = useAnalysis((s) => s.lastGood?.active?.design ?? null);
  const rows = useMemo(() => (design ? rowsOf(design) : []), [design]);
  return (
    <section className="anatomy" aria-label="Name anatomy">
      {hidden ? (
        <p className="muted anatomy-hidden">
          The name anatomy is hidden until you have marked the name yourself.
        </p>
      ) : (
        <>
          <NameLegend />
          <ul className="anatomy-list" aria-label="First pod of each clique">
            {rows.map((r) => (
              <li key={r.clique} className="anatomy-row">
                <span className="anatomy-clique mono">
                  {r.clique}
                  {r.group && <span className="muted"> in {r.group}</span>}
                </span>
                <Coloured name={r.pod} />
                <span className="anatomy-hostname">
                  <span className="muted">hostname </span>
                  <Coloured name={r.hostname} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
