'use strict';

const { quizAnswers, WORKLOAD_NAMES } = require('./workloads');

describe('quizAnswers', () => {
  const exercise = {
    public: {
      questions: [
        { id: 'q1', type: 'single' },
        { id: 'q2', type: 'multiple' },
        { id: 'q3', type: 'numeric' },
        { id: 'q4', type: 'text' },
      ],
    },
  };

  it('sends option ids for choice questions and strings for the others, as the web app does', () => {
    expect(quizAnswers(exercise, { q1: 'a', q2: ['b', 'c'], q3: 4, q4: 'np.nanmean' })).toEqual([
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: ['b', 'c'] },
      { questionId: 'q3', value: '4' },
      { questionId: 'q4', value: 'np.nanmean' },
    ]);
  });
});

describe('workloads', () => {
  it('are the kinds the grading targets name', () => {
    expect(WORKLOAD_NAMES).toEqual(['typical', 'numpy', 'sklearn', 'quiz', 'prediction']);
  });
});
