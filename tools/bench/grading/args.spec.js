'use strict';

const { parseBenchArgs, UsageError } = require('./args');

describe('parseBenchArgs', () => {
  it('runs every workload with the defaults when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({
      help: false,
      workloads: ['typical', 'numpy', 'sklearn', 'quiz', 'prediction'],
      rate: null,
      durationSeconds: 60,
      burst: null,
      learners: 200,
      graders: 1,
      concurrency: null,
      poolSize: null,
      baselineRuns: 30,
    });
  });

  it('takes a comma list of workloads in their usual order, and the numbers given', () => {
    const options = parseBenchArgs(['--workload', 'quiz,typical', '--rate', '2.5', '--duration', '30', '--burst', '0', '--pool-size', '4']);
    expect(options).toMatchObject({ workloads: ['typical', 'quiz'], rate: 2.5, durationSeconds: 30, burst: 0, poolSize: 4 });
  });

  it('asks for help', () => {
    expect(parseBenchArgs(['-h'])).toEqual({ help: true });
  });

  it.each([
    [['--workload', 'tensorflow'], /--workload must name/],
    [['--rate', '0'], /--rate must be a number ≥ 0.1/],
    [['--learners', '2.5'], /--learners must be an integer ≥ 1/],
    [['--burst', 'many'], /--burst must be an integer ≥ 0/],
    [['--fast'], /Unknown option '--fast'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
