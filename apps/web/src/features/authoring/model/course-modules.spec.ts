import { describe, expect, it } from 'vitest';
import { displayTitle, isValidSlug, moveInList, readModules, replaceModules, yamlScalar } from './course-modules';

const course = `slug: python-for-data
title: Python for Data Work
tags: []
modules:
  - slug: arrays
    title: Arrays and tables
    items:
      - lesson: numpy-arrays
      - exercise: mean-and-spread
  - slug: plots
    title: "Plots: a first look"
    items: []
licence: CC-BY-SA-4.0
`;

describe('course.yaml modules', () => {
  it('reads the canonical block', () => {
    const block = readModules(course);
    expect(block?.modules).toEqual([
      { slug: 'arrays', rawTitle: 'Arrays and tables', items: [{ kind: 'lesson', slug: 'numpy-arrays' }, { kind: 'exercise', slug: 'mean-and-spread' }] },
      { slug: 'plots', rawTitle: '"Plots: a first look"', items: [] },
    ]);
  });

  it('rewrites the block in place, leaving every other line alone', () => {
    const block = readModules(course);
    if (!block) throw new Error('unreadable');
    const moved = moveInList(block.modules, 1, -1);
    const text = replaceModules(course, block, moved);
    expect(text).toBe(`slug: python-for-data
title: Python for Data Work
tags: []
modules:
  - slug: plots
    title: "Plots: a first look"
    items: []
  - slug: arrays
    title: Arrays and tables
    items:
      - lesson: numpy-arrays
      - exercise: mean-and-spread
licence: CC-BY-SA-4.0
`);
    expect(readModules(text)?.modules.map((m) => m.slug)).toEqual(['plots', 'arrays']);
  });

  it('reads and replaces an empty block, and appends one when missing', () => {
    const empty = 'slug: abc\nmodules: []\n';
    const block = readModules(empty);
    expect(block?.modules).toEqual([]);
    if (!block) throw new Error('unreadable');
    expect(replaceModules(empty, block, [{ slug: 'one', rawTitle: 'One', items: [{ kind: 'lesson', slug: 'intro' }] }])).toBe(
      'slug: abc\nmodules:\n  - slug: one\n    title: One\n    items:\n      - lesson: intro\n',
    );
    const none = 'slug: abc\n';
    const missing = readModules(none);
    if (!missing) throw new Error('unreadable');
    expect(replaceModules(none, missing, [])).toBe('slug: abc\nmodules: []\n');
  });

  it('gives up on a block it does not understand', () => {
    expect(readModules('modules:\n  # a comment\n  - slug: a\n')).toBeNull();
    expect(readModules('modules: [{slug: a}]\n')).toBeNull();
  });

  it('quotes titles only when they need it', () => {
    expect(yamlScalar('Arrays and tables')).toBe('Arrays and tables');
    expect(yamlScalar('Plots: a first look')).toBe('"Plots: a first look"');
    expect(yamlScalar('Données réelles')).toBe('Données réelles');
    expect(displayTitle('"Plots: a first look"')).toBe('Plots: a first look');
    expect(displayTitle("'It''s'")).toBe("It's");
  });

  it('moves within bounds only', () => {
    expect(moveInList([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveInList([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveInList([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it('checks slugs as the format does', () => {
    expect(isValidSlug('python-for-data')).toBe(true);
    expect(isValidSlug('ab')).toBe(false);
    expect(isValidSlug('Python')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
    expect(isValidSlug('-abc')).toBe(false);
    expect(isValidSlug('a'.repeat(65))).toBe(false);
  });
});
