import type { Locator } from '../../diagnostics/types';
import type { Operation } from '../../check/context';

/**
 * The CRDs' CEL rules (`x-kubernetes-validations`), each implemented by hand and keyed by its exact rule text.
 * The schema generator refuses a CRD whose rules are not all in this table, so a new rule in Grove's CRD
 * cannot be silently ignored.
 */

type Json = Readonly<Record<string, unknown>>;

/**
 * The verdict of one rule on `self`: `true` when it holds; otherwise `false` (the violation is reported at the
 * rule's fieldPath) or the locator, relative to `self`, of the node that breaks it.
 */
export type CelVerdict = true | false | Locator;

export interface CelImplementation {
  /** The rule code reported when the rule does not hold. */
  readonly code: string;
  readonly check: (self: Json, operation: Operation) => CelVerdict;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** CEL's `has(x.f)` on a custom resource: the field is present (a null in a non-nullable field is pruned). */
function has(value: unknown, key: string): boolean {
  return isObject(value) && value[key] !== undefined && value[key] !== null;
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function template(self: Json): unknown {
  return field(field(self, 'spec'), 'template');
}

/** `oldSelf.hasValue() || ... .all(x, !has(x.topologyConstraint) || !has(x.topologyConstraint.packDomain))`. */
function noPackDomainIn(list: 'cliques' | 'podCliqueScalingGroups') {
  return (self: Json, operation: Operation): CelVerdict => {
    if (operation === 'UPDATE') return true;
    const items = field(template(self), list);
    if (!Array.isArray(items)) return true;
    for (let i = 0; i < items.length; i++) {
      const constraint = field(items[i], 'topologyConstraint');
      if (has(constraint, 'packDomain'))
        return ['spec', 'template', list, i, 'topologyConstraint', 'packDomain'];
    }
    return true;
  };
}

const RULES: Record<string, CelImplementation> = {
  'has(self.required) || has(self.preferred)': {
    code: 'schema-pack-empty',
    check: (self) => has(self, 'required') || has(self, 'preferred'),
  },
  'has(self.pack) || has(self.packDomain)': {
    code: 'schema-topology-pack-missing',
    check: (self) => has(self, 'pack') || has(self, 'packDomain'),
  },
  '!(has(self.packDomain) && has(self.pack) && has(self.pack.required))': {
    code: 'schema-pack-domain-conflict',
    check: (self) =>
      !(has(self, 'packDomain') && has(self, 'pack') && has(self['pack'], 'required')) || [
        'pack',
        'required',
      ],
  },
  'oldSelf.hasValue() || !has(self.spec.template.topologyConstraint) || !has(self.spec.template.topologyConstraint.packDomain)':
    {
      code: 'schema-pack-domain-forbidden',
      check: (self, operation) =>
        operation === 'UPDATE' ||
        !has(field(template(self), 'topologyConstraint'), 'packDomain') || [
          'spec',
          'template',
          'topologyConstraint',
          'packDomain',
        ],
    },
  'oldSelf.hasValue() || !has(self.spec.template.cliques) || self.spec.template.cliques.all(c, !has(c.topologyConstraint) || !has(c.topologyConstraint.packDomain))':
    { code: 'schema-pack-domain-forbidden', check: noPackDomainIn('cliques') },
  'oldSelf.hasValue() || !has(self.spec.template.podCliqueScalingGroups) || self.spec.template.podCliqueScalingGroups.all(g, !has(g.topologyConstraint) || !has(g.topologyConstraint.packDomain))':
    { code: 'schema-pack-domain-forbidden', check: noPackDomainIn('podCliqueScalingGroups') },
};

export function celImplementation(rule: string): CelImplementation | undefined {
  return Object.hasOwn(RULES, rule) ? RULES[rule] : undefined;
}

/** The rule texts implemented here (read by scripts/gen-schemas.mjs). */
export const implementedCelRules: readonly string[] = Object.keys(RULES);
