import type { Question } from '../lesson/types';
import type { Goal } from './types';

const code = (text: string) => `\`${text}\``;
const list = (names: readonly string[]) => names.map(code).join(', ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The checklist line of a goal (text in backticks is shown as code); `say` in the lesson wins. */
export function labelOf(goal: Goal, questions: readonly Question[]): string {
  if (goal.say !== undefined) return goal.say;
  switch (goal.kind) {
    case 'all':
      return goal.goals.map((g) => labelOf(g, questions)).join('; ');
    case 'any':
      return `One of: ${goal.goals.map((g) => labelOf(g, questions)).join(' / ')}`;
    case 'not':
      return `Not: ${labelOf(goal.goal, questions)}`;
    case 'noErrors':
      return 'No errors';
    case 'noWarnings':
      return 'No warnings';
    case 'noDiagnostic':
      return `No ${code(goal.code)} problem`;
    case 'podCount':
      return `The design makes ${plural(goal.equals, 'pod')}`;
    case 'podCliqueExists':
      return `A PodClique named ${code(goal.name)} exists`;
    case 'cliqueInGroup':
      return goal.group === null
        ? `${code(goal.clique)} is in a scaling group`
        : `${code(goal.clique)} is in scaling group ${code(goal.group)}`;
    case 'cliqueStandalone':
      return `${code(goal.clique)} stands alone, in no scaling group`;
    case 'sameGroup':
      return `${list(goal.cliques)} are in the same scaling group`;
    case 'groupMembers':
      return `Scaling group ${code(goal.group)} has ${plural(goal.equals, 'clique')}`;
    case 'groupReplicas':
      return `Scaling group ${code(goal.group)} has ${plural(goal.equals, 'replica')}`;
    case 'cliqueReplicas':
      return `Clique ${code(goal.clique)} has ${plural(goal.equals, 'replica')}`;
    case 'pcsReplicas':
      return `The PodCliqueSet has ${plural(goal.equals, 'replica')}`;
    case 'hostnamesValid':
      return goal.atReplicas === null
        ? 'Every pod hostname is a valid DNS label'
        : `Every pod hostname stays a valid DNS label with ${goal.atReplicas} replicas of everything`;
    case 'startsAfter':
      return `${code(goal.clique)} starts after ${code(goal.after)}`;
    case 'answer': {
      const index = questions.findIndex((q) => q.id === goal.question);
      if (index === -1) return `Answer ${code(goal.question)}`;
      return questions.length === 1 ? 'Your answer' : `Your answer to question ${index + 1}`;
    }
  }
}
