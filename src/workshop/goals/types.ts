/**
 * Goals are data: a small declarative vocabulary a lesson file writes and `evaluateGoal` reads. A goal
 * looks at the design (its findings, its expansion, its structure) or at the participant's answers,
 * never at the exact text, so any correct fix passes.
 */

/** Which generated name an answer must equal. Indices default to 0. */
export interface NameRef {
  readonly kind: 'podClique' | 'hostname' | 'pod' | 'podGang' | 'service' | 'scalingGroup';
  /** The clique the name belongs to (its scaling group, if any, comes from the design). */
  readonly clique?: string;
  /** For `scalingGroup` and `podGang`: the scaling group (when no clique is given). */
  readonly group?: string;
  readonly pcsReplica: number;
  readonly groupReplica: number;
  readonly pod: number;
}

/** What an answer is checked against. */
export type Expectation =
  /** A text answer equals a generated name of the design as it stands. */
  | { readonly kind: 'isName'; readonly name: NameRef }
  /** A marked name's parts carry the roles the design gives them. */
  | { readonly kind: 'marksParts' }
  /** The picked replicas of a scaling group are exactly those with a scaled PodGang. */
  | { readonly kind: 'picksScaledReplicas'; readonly group: string }
  /** A text answer is one of these (trimmed, case-insensitive). */
  | { readonly kind: 'oneOf'; readonly values: readonly string[] };

interface Labelled {
  /** Overrides the generated checklist line. */
  readonly say?: string;
}

export type Goal = Labelled &
  (
    | { readonly kind: 'all'; readonly goals: readonly Goal[] }
    | { readonly kind: 'any'; readonly goals: readonly Goal[] }
    | { readonly kind: 'not'; readonly goal: Goal }
    | { readonly kind: 'noErrors' }
    | { readonly kind: 'noWarnings' }
    | { readonly kind: 'noDiagnostic'; readonly code: string }
    | { readonly kind: 'podCount'; readonly equals: number }
    | { readonly kind: 'podCliqueExists'; readonly name: string }
    | { readonly kind: 'cliqueInGroup'; readonly clique: string; readonly group: string | null }
    | { readonly kind: 'cliqueStandalone'; readonly clique: string }
    | { readonly kind: 'sameGroup'; readonly cliques: readonly string[] }
    | { readonly kind: 'groupMembers'; readonly group: string; readonly equals: number }
    | { readonly kind: 'groupReplicas'; readonly group: string; readonly equals: number }
    | { readonly kind: 'cliqueReplicas'; readonly clique: string; readonly equals: number }
    | { readonly kind: 'pcsReplicas'; readonly equals: number }
    /** Every hostname is a DNS label (<= 63, no dots) at the design's counts, or at `atReplicas` of everything. */
    | { readonly kind: 'hostnamesValid'; readonly atReplicas: number | null }
    /** The clique's PodCliques (PCS replica 0) wait for a PodClique of clique `after`. */
    | { readonly kind: 'startsAfter'; readonly clique: string; readonly after: string }
    | { readonly kind: 'answer'; readonly question: string; readonly expect: Expectation }
  );

export type GoalKind = Goal['kind'];

/** A participant's answer to one question. */
export type Answer =
  | { readonly kind: 'text'; readonly text: string }
  /** One role per `-`-separated segment of the name (null: not marked yet). */
  | { readonly kind: 'parts'; readonly roles: readonly (string | null)[] }
  | { readonly kind: 'choices'; readonly picked: readonly number[] };

export type Answers = Readonly<Record<string, Answer>>;

/** One line of the checklist. */
export interface GoalCheck {
  readonly label: string;
  readonly met: boolean;
  /** Why it is not met yet, when that helps (never gives an answer away). */
  readonly detail?: string;
}

export interface GoalReport {
  readonly met: boolean;
  readonly checks: readonly GoalCheck[];
}
