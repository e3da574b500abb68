import { LEGEND_ROLES, partClass, ROLE_LABEL } from './roles';

/** The colours of name parts, as a key: hover or focus any generated name to see its parts. */
export function NameLegend() {
  return (
    <ul className="name-legend" aria-label="Name parts legend">
      {LEGEND_ROLES.map((role) => (
        <li key={role}>
          <span className={`${partClass(role)} swatch`} aria-hidden="true" />
          {ROLE_LABEL[role]}
        </li>
      ))}
    </ul>
  );
}
