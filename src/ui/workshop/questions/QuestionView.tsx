import type { Answer } from '../../../workshop/goals/types';
import type { Question } from '../../../workshop/lesson/types';
import { ChoicesQuestion } from './ChoicesQuestion';
import { PartsQuestion } from './PartsQuestion';
import { TextQuestion } from './TextQuestion';

interface Props {
  readonly question: Question;
  /** Shown before the question when the lesson has several (null: it has one). */
  readonly number: number | null;
  readonly answer: Answer | undefined;
  readonly onAnswer: (answer: Answer) => void;
}

export function QuestionView({ question, number, answer, onAnswer }: Props) {
  const ask = number === null ? question.ask : `${number}. ${question.ask}`;
  switch (question.kind) {
    case 'text':
      return <TextQuestion ask={ask} answer={answer} onAnswer={onAnswer} />;
    case 'parts':
      return <PartsQuestion ask={ask} name={question.name} answer={answer} onAnswer={onAnswer} />;
    case 'choices':
      return <ChoicesQuestion ask={ask} group={question.replicasOf} answer={answer} onAnswer={onAnswer} />;
  }
}
