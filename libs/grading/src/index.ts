export * from './quiz/normalize-text';
export * from './quiz/quiz.types';
export * from './quiz/score-quiz';
export * from './prediction/metrics';
export * from './prediction/public-split';
export * from './prediction/score-prediction';
export * from './python/run-python-cases';
export { GraderFaultError } from './python/spawn-python';
export * from './python/tagged-value';
