import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, learner, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { lessonData } from '../../learn/testing/fixtures';

const models = [
  {
    slug: 'llama-3-2-1b-instruct',
    name: 'Llama 3.2 1B Instruct',
    organization: 'Meta',
    parameterCount: 1_235_814_400,
    parameterWording: '1.23B',
    tasks: ['text-generation'],
    licence: { id: 'LicenseRef-llama-3.2-community', name: 'Llama 3.2 Community License', commercialUse: 'CONDITIONAL' as const },
    q4TotalBytes: 1.2 * 1024 ** 3,
  },
  {
    slug: 'whisper-small',
    name: 'Whisper small',
    organization: 'OpenAI',
    parameterCount: null,
    parameterWording: null,
    tasks: ['speech-recognition'],
    licence: { id: 'MIT', name: 'MIT License', commercialUse: 'YES' as const },
    q4TotalBytes: null,
  },
];

function renderLesson(lessonModels: typeof models) {
  const api = createFakeApi({ RefreshSession: sessionFor(learner), Lesson: () => ({ data: lessonData({ lesson: { models: lessonModels } }) }) });
  return renderApp({ path: '/courses/python-for-data/lessons/numpy-arrays', api });
}

describe('models on a lesson', () => {
  it('shows a compact card of each model the lesson names, linking to its page', async () => {
    renderLesson(models);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Models used in this lesson' })).closest('section') as HTMLElement;
    const cards = within(section).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('link').textContent)).toEqual(['Llama 3.2 1B Instruct', 'Whisper small']);
    expect(within(cards[0]).getByRole('link').getAttribute('href')).toBe('/models/llama-3-2-1b-instruct');
    expect(cards[0].textContent).toContain('Meta · 1.24B · Commercial use on conditions');
    expect(cards[0].textContent).toContain('About 1.2 GiB of memory at Q4_K_M with a 4,096-token context');
    expect(cards[1].textContent).toContain('OpenAI · Size not published · Commercial use allowed');
  });

  it('shows nothing when the lesson names no model', async () => {
    renderLesson([]);
    await screen.findByRole('heading', { level: 1, name: 'NumPy arrays' });
    expect(screen.queryByRole('heading', { name: 'Models used in this lesson' })).toBeNull();
  });
});
