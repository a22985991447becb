import type { QuizExercise } from '@sankofa/curriculum';
import type { QuizDefinition, QuizQuestion } from './quiz.types';

/**
 * Joins a course folder's quiz (public questions and their answer key, kept apart so that only
 * the public part is ever sent to learners) into the definition the scorer grades against.
 */
export function quizDefinitionFromCourse(publicPart: QuizExercise['public'], hiddenPart: Pick<QuizExercise['hidden'], 'questions'>, passScore = publicPart.passScore): QuizDefinition {
  return {
    passScore,
    questions: publicPart.questions.map((q, i): QuizQuestion => {
      const key = hiddenPart.questions[i];
      if (!key || key.id !== q.id) throw new Error(`quiz answer key does not match question ${q.id}`);
      if (q.type === 'single' || q.type === 'multiple') {
        return {
          id: q.id,
          type: q.type,
          prompt: q.prompt,
          points: q.points,
          options: (q.options ?? []).map((o) => {
            const optionKey = (key.options ?? []).find((k) => k.id === o.id);
            if (!optionKey) throw new Error(`quiz answer key has no option ${o.id} for question ${q.id}`);
            return { ...o, ...optionKey };
          }),
        };
      }
      if (q.type === 'numeric') {
        if (key.answer === undefined) throw new Error(`quiz answer key has no answer for question ${q.id}`);
        return { id: q.id, type: 'numeric', prompt: q.prompt, points: q.points, answer: key.answer, tolerance: key.tolerance, feedback: key.feedback };
      }
      return { id: q.id, type: 'text', prompt: q.prompt, points: q.points, accept: key.accept ?? [], keepDiacritics: key.keepDiacritics, feedback: key.feedback };
    }),
  };
}
