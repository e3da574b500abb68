import type { NameAnatomy } from '../../core/names/anatomy';
import { partClass, ROLE_LABEL } from './roles';

interface Props {
  readonly anatomy: NameAnatomy;
  /** One line: the coloured name, then each part's role (for a status strip). */
  readonly compact?: boolean;
}

/** The anatomy of one name: the name in colour, then each part with what it is. */
export function NameParts({ anatomy, compact = false }: Props) {
  const parts = anatomy.parts.filter((p) => p.role !== 'separator');
  return (
    <span className={compact ? 'name-parts compact' : 'name-parts'}>
      <span className="name-parts-whole mono">
        {anatomy.parts.map((p) => (
          <span key={p.start} className={`${partClass(p.role)} coloured`}>
            {p.text}
          </span>
        ))}
        <span className="muted"> · {anatomy.name.length} characters</span>
      </span>
      {parts.map((p) => (
        <span key={p.start} className="name-parts-row">
          <span className={`${partClass(p.role)} coloured mono`}>{p.text}</span>
          <span className="name-parts-role">
            {ROLE_LABEL[p.role]}
            {p.truncated ? ' (cut: the API server keeps 58 characters of generateName)' : ''}
          </span>
        </span>
      ))}
    </span>
  );
}
