export * from './quiz/normalize-text';
export * from './quiz/quiz.types';
export * from './quiz/score-quiz';
export * from './prediction/metrics';
export * from './prediction/public-split';
export * from './prediction/score-prediction';
