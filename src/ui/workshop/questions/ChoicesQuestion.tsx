import type { Answer } from '../../../workshop/goals/types';
import { useAnalysis } from '../../hooks/useAnalysis';
import { RichText } from '../RichText';

interface Props {
  readonly ask: string;
  readonly group: string;
  readonly answer: Answer | undefined;
  readonly onAnswer: (answer: Answer) => void;
}

const MAX_OPTIONS = 20;

/** Pick some replicas of a scaling group; the options follow the design as it is edited. */
export function ChoicesQuestion({ ask, group, answer, onAnswer }: Props) {
  const replicas = useAnalysis(
    (s) => s.lastGood?.active?.design.scalingGroups.find((g) => g.name === group)?.replicas ?? 0,
  );
  const picked = answer?.kind === 'choices' ? answer.picked : [];
  const toggle = (j: number) =>
    onAnswer({
      kind: 'choices',
      picked: picked.includes(j) ? picked.filter((p) => p !== j) : [...picked, j].sort((a, b) => a - b),
    });
  const shown = Math.min(replicas, MAX_OPTIONS);
  return (
    <fieldset className="question">
      <legend className="question-ask">
        <RichText text={ask} />
      </legend>
      {shown === 0 ? (
        <p className="muted">The design has no scaling group “{group}” right now.</p>
      ) : (
        <div className="question-choices">
          {Array.from({ length: shown }, (_, j) => (
            <label key={j} className="question-choice">
              <input type="checkbox" checked={picked.includes(j)} onChange={() => toggle(j)} />
              <span className="mono">
                {group} replica {j}
              </span>
            </label>
          ))}
          {replicas > shown && (
            <span className="muted">
              (first {MAX_OPTIONS} of {replicas})
            </span>
          )}
        </div>
      )}
    </fieldset>
  );
}
