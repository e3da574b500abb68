import { useId } from 'react';
import type { Answer } from '../../../workshop/goals/types';
import { RichText } from '../RichText';

interface Props {
  readonly ask: string;
  readonly answer: Answer | undefined;
  readonly onAnswer: (answer: Answer) => void;
}

/** A question answered by typing a name; checked as it is typed. */
export function TextQuestion({ ask, answer, onAnswer }: Props) {
  const id = useId();
  return (
    <div className="question">
      <label className="question-ask" htmlFor={id}>
        <RichText text={ask} />
      </label>
      <input
        id={id}
        type="text"
        className="question-input mono"
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        maxLength={300}
        placeholder="Type the name"
        value={answer?.kind === 'text' ? answer.text : ''}
        onChange={(e) => onAnswer({ kind: 'text', text: e.target.value })}
      />
    </div>
  );
}
