import { describe, expect, it } from 'vitest';
import { addModelToLesson, modelsOfLesson } from './front-matter-models';

const lesson = (frontMatter: string) => `---\ntitle: Memory arithmetic\n${frontMatter}minutes: 20\n---\n\n# Body\n\nmodels: [not-front-matter]\n`;

describe('lesson front matter models', () => {
  it('adds to a flow list and leaves every other line alone', () => {
    const before = lesson('models: [llama-3-2-1b-instruct]\n');
    const after = addModelToLesson(before, 'qwen2-5-0-5b-instruct');
    expect(after).toBe(lesson('models: [llama-3-2-1b-instruct, qwen2-5-0-5b-instruct]\n'));
    expect(modelsOfLesson(after ?? '')).toEqual(['llama-3-2-1b-instruct', 'qwen2-5-0-5b-instruct']);
  });

  it('adds to an empty list, a block list, or a lesson without the key', () => {
    expect(addModelToLesson(lesson('models: []\n'), 'gemma-2-2b-it')).toBe(lesson('models: [gemma-2-2b-it]\n'));
    expect(addModelToLesson(lesson('models:\n  - a\n  - b\n'), 'c')).toBe(lesson('models:\n  - a\n  - b\n  - c\n'));
    expect(modelsOfLesson(lesson('models:\n  - a\n  - b\n'))).toEqual(['a', 'b']);
    const added = addModelToLesson('---\ntitle: T\n---\nBody\n', 'gemma-2-2b-it');
    expect(added).toBe('---\ntitle: T\nmodels: [gemma-2-2b-it]\n---\nBody\n');
  });

  it('does not add a model twice, and refuses a file without front matter', () => {
    const text = lesson('models: [a, b]\n');
    expect(addModelToLesson(text, 'b')).toBe(text);
    expect(addModelToLesson(lesson('models:\n  - a\n'), 'a')).toBe(lesson('models:\n  - a\n'));
    expect(addModelToLesson('# No front matter\n', 'a')).toBeNull();
    expect(modelsOfLesson('# No front matter\n')).toEqual([]);
  });
});
