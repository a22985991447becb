export * from './quiz/normalize-text';
export * from './quiz/quiz.types';
export * from './quiz/score-quiz';
