import { normalizeTextAnswer } from './normalize-text';
import type { QuizDefinition } from './quiz.types';
import { InvalidQuizAnswerError, InvalidQuizDefinitionError, scoreQuiz } from './score-quiz';

const quiz: QuizDefinition = {
  passScore: 0.7,
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'Which metric ignores class imbalance?',
      options: [
        { id: 'a', text: 'Accuracy', correct: false, feedback: 'Accuracy counts every example equally.' },
        { id: 'b', text: 'Macro-F1', correct: true, feedback: 'Right — equal weight per class.' },
      ],
    },
    {
      id: 'q2',
      type: 'multiple',
      prompt: 'Which are regression metrics?',
      points: 2,
      options: [
        { id: 'a', text: 'RMSE', correct: true, feedback: 'RMSE: yes.' },
        { id: 'b', text: 'MAE', correct: true, feedback: 'MAE: yes.' },
        { id: 'c', text: 'Accuracy', correct: false, feedback: 'Accuracy needs classes.' },
        { id: 'd', text: 'ROC-AUC', correct: false },
      ],
    },
    {
      id: 'q3',
      type: 'numeric',
      prompt: 'Precision with TP = 8 and FP = 2?',
      answer: 0.8,
      tolerance: 0.001,
      feedback: { correct: 'Yes.', incorrect: 'Precision is TP / (TP + FP).' },
    },
    {
      id: 'q4',
      type: 'text',
      prompt: 'The Yoruba word for "water"?',
      accept: ['omi'],
      feedback: { correct: 'Ẹ ṣé!', incorrect: 'It is "omi".' },
    },
  ],
};

describe('scoreQuiz', () => {
  it('gives full marks and every chosen feedback for the right answers', () => {
    const result = scoreQuiz(quiz, { q1: 'b', q2: ['a', 'b'], q3: 0.8, q4: 'omi' });
    expect(result.score).toBe(1);
    expect(result.pointsEarned).toBe(5);
    expect(result.pointsPossible).toBe(5);
    expect(result.passed).toBe(true);
    expect(result.questions.map((q) => q.feedback)).toEqual([
      ['Right — equal weight per class.'],
      ['RMSE: yes.', 'MAE: yes.'],
      ['Yes.'],
      ['Ẹ ṣé!'],
    ]);
    expect(result.questions.every((q) => q.correct && q.answered)).toBe(true);
  });

  it('shows the chosen wrong option’s feedback and scores it 0', () => {
    const [q1] = scoreQuiz(quiz, { q1: 'a' }).questions;
    expect(q1).toEqual({
      questionId: 'q1',
      answered: true,
      correct: false,
      pointsEarned: 0,
      pointsPossible: 1,
      feedback: ['Accuracy counts every example equally.'],
    });
  });

  describe('multiple choice partial credit (+1/k per right option, −1/k per wrong one, floor 0)', () => {
    const points = (answer: string[]) => scoreQuiz(quiz, { q2: answer }).questions[1];
    it.each([
      [['a'], 1, false],
      [['a', 'c'], 0, false],
      [['a', 'b', 'c'], 1, false],
      [['a', 'b', 'c', 'd'], 0, false],
      [['c', 'd'], 0, false],
      [['d', 'b', 'a'], 1, false],
      [['b', 'a'], 2, true],
      [[], 0, false],
    ])('%j earns %d of 2 points', (answer, earned, correct) => {
      const result = points(answer as string[]);
      expect(result.pointsEarned).toBeCloseTo(earned as number, 12);
      expect(result.correct).toBe(correct);
    });
    it('lists the feedback of the chosen options in the options’ order', () => {
      expect(points(['c', 'a']).feedback).toEqual(['RMSE: yes.', 'Accuracy needs classes.']);
    });
  });

  describe('numeric', () => {
    it.each([
      [0.8, true],
      [0.801, true],
      [0.799, true],
      [0.8011, false],
      ['0.8', true],
      [' 8e-1 ', true],
      [0.81, false],
      [-0.8, false],
    ])('%j is correct: %s', (answer, correct) => {
      expect(scoreQuiz(quiz, { q3: answer }).questions[2].correct).toBe(correct);
    });
    it('defaults to an exact match without a tolerance', () => {
      const exact: QuizDefinition = { questions: [{ id: 'n', type: 'numeric', prompt: '?', answer: 3 }] };
      expect(scoreQuiz(exact, { n: 3 }).score).toBe(1);
      expect(scoreQuiz(exact, { n: 3.001 }).score).toBe(0);
    });
    it('gives the incorrect feedback', () => {
      expect(scoreQuiz(quiz, { q3: 1 }).questions[2].feedback).toEqual(['Precision is TP / (TP + FP).']);
    });
  });

  describe('text', () => {
    it.each(['omi', '  OMI ', 'Omi', 'omi\n'])('accepts %j', (answer) => {
      expect(scoreQuiz(quiz, { q4: answer }).questions[3].correct).toBe(true);
    });
    it.each(['omí', 'omi omi', ''])('rejects %j', (answer) => {
      expect(scoreQuiz(quiz, { q4: answer }).questions[3].correct).toBe(false);
    });

    const tones: QuizDefinition = {
      questions: [
        { id: 'strict', type: 'text', prompt: '?', accept: ['ọkọ̀'] },
        { id: 'loose', type: 'text', prompt: '?', accept: ['ọkọ̀'], keepDiacritics: false },
      ],
    };
    it('keeps tone marks by default: ọkọ̀ (canoe) is not ọkọ (husband)', () => {
      expect(scoreQuiz(tones, { strict: 'ọkọ' }).questions[0].correct).toBe(false);
      expect(scoreQuiz(tones, { strict: 'ỌKỌ̀' }).questions[0].correct).toBe(true);
    });
    it('compares composed and decomposed forms as equal (NFC)', () => {
      expect(scoreQuiz(tones, { strict: 'ọkọ̀'.normalize('NFD') }).questions[0].correct).toBe(true);
    });
    it('strips diacritics on both sides when the question opts out', () => {
      expect(scoreQuiz(tones, { loose: 'oko' }).questions[1].correct).toBe(true);
      expect(scoreQuiz(tones, { loose: 'OKỌ' }).questions[1].correct).toBe(true);
    });
  });

  it('scores unanswered questions 0 with no feedback', () => {
    const result = scoreQuiz(quiz, { q1: 'b', q2: null });
    expect(result.questions[1]).toMatchObject({ answered: false, pointsEarned: 0, feedback: [] });
    expect(result.questions[3].answered).toBe(false);
    expect(result.score).toBeCloseTo(1 / 5, 12);
    expect(result.passed).toBe(false);
  });

  it('passes at exactly passScore despite floating-point sums', () => {
    const tenths: QuizDefinition = {
      passScore: 0.7,
      questions: Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, type: 'numeric' as const, prompt: '?', answer: i, points: 0.1 })),
    };
    const answers = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`n${i}`, i]));
    const result = scoreQuiz(tenths, answers);
    expect(result.passed).toBe(true);
  });

  it('uses 0.7 as the default pass score', () => {
    const { passScore } = scoreQuiz({ questions: quiz.questions }, {});
    expect(passScore).toBe(0.7);
  });

  describe('invalid answers are typed errors naming the question', () => {
    it.each([
      [{ q9: 'a' }, 'q9', 'unknown_question'],
      [{ q1: 'z' }, 'q1', 'unknown_option'],
      [{ q1: ['b'] }, 'q1', 'wrong_type'],
      [{ q2: 'a' }, 'q2', 'wrong_type'],
      [{ q2: ['a', 'z'] }, 'q2', 'unknown_option'],
      [{ q2: ['a', 'a'] }, 'q2', 'duplicate_option'],
      [{ q2: [1] }, 'q2', 'wrong_type'],
      [{ q3: 'eight' }, 'q3', 'wrong_type'],
      [{ q3: Number.NaN }, 'q3', 'wrong_type'],
      [{ q3: [0.8] }, 'q3', 'wrong_type'],
      [{ q4: { text: 'omi' } }, 'q4', 'wrong_type'],
    ])('%j', (answers, questionId, reason) => {
      let error: unknown;
      try {
        scoreQuiz(quiz, answers);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidQuizAnswerError);
      expect(error).toMatchObject({ questionId, reason });
      expect((error as Error).message).toContain(questionId);
    });
  });

  it('rejects a malformed definition with a typed error', () => {
    const noCorrect: QuizDefinition = {
      questions: [{ id: 'x', type: 'single', prompt: '?', options: [{ id: 'a', text: 'A', correct: false }] }],
    };
    expect(() => scoreQuiz(noCorrect, { x: 'a' })).toThrow(InvalidQuizDefinitionError);
    const twice: QuizDefinition = { questions: [quiz.questions[0], quiz.questions[0]] };
    expect(() => scoreQuiz(twice, {})).toThrow(InvalidQuizDefinitionError);
  });
});

describe('normalizeTextAnswer', () => {
  it('folds case fully, trims and collapses every kind of space', () => {
    expect(normalizeTextAnswer('  Straße\u00a0\t Kubwa ')).toBe('strasse kubwa');
  });
  it('keeps spacing marks of scripts such as Devanagari when stripping diacritics', () => {
    expect(normalizeTextAnswer('पानी', { keepDiacritics: false })).toBe('पानी');
    expect(normalizeTextAnswer('Crème brûlée', { keepDiacritics: false })).toBe('creme brulee');
  });
});
