import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, learner, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ComparedModel } from '../graphql/compare-open-models.query';
import { modelCard } from '../testing/fixtures';

const GIB = 1024 ** 3;
const qwen: ComparedModel = { ...modelCard(), contextLength: 32768, licence: { ...modelCard().licence, condition: null } };
const whisper: ComparedModel = {
  ...modelCard({ id: 'm-whisper', slug: 'whisper-small', name: 'Whisper small', organization: 'OpenAI', tasks: ['speech-recognition'], memoryProfile: 'WEIGHTS_ONLY' }),
  coversAfricanLanguage: true,
  contextLength: null,
  memory: [{ quantization: 'fp32', totalBytes: 0.9 * GIB, weightsOnly: true }],
  licence: { id: 'LicenseRef-x', name: 'Custom licence', commercialUse: 'CONDITIONAL', condition: 'Attribution in the product.' },
};

function renderCompare(path: string, handler = (): object => ({ data: { compareOpenModels: [qwen, whisper] } })) {
  const api = createFakeApi({ RefreshSession: sessionFor(learner), CompareOpenModels: handler });
  return renderApp({ path, api });
}

describe('model comparison', () => {
  it('shows two models side by side, in the order asked', async () => {
    const app = renderCompare('/models/compare?slugs=qwen2-5-0-5b-instruct,whisper-small');
    const table = await screen.findByRole('table');
    expect(app.api.calls('CompareOpenModels')[0]?.variables).toEqual({ slugs: ['qwen2-5-0-5b-instruct', 'whisper-small'] });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Qwen2.5 0.5B Instruct', 'Whisper small']);
    expect(within(table).getByRole('link', { name: 'Whisper small' }).getAttribute('href')).toBe('/models/whisper-small');
    const row = (name: string) => [...(within(table).getByRole('rowheader', { name }).closest('tr')?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(row('Size')).toEqual(['494M parameters', '494M parameters']);
    expect(row('Commercial use')).toEqual(['Commercial use allowed', 'Commercial use on conditionsAttribution in the product.']);
    expect(row('Context length')).toEqual(['32,768 tokens', '—']);
    expect(row('Languages')).toEqual(['2', '2 African language']);
    expect(row('Memory at Q4_K_M')).toEqual(['0.75 GiB', '0.90 GiB (weights only)']);
    expect(row('Memory at F16')).toEqual(['1.6 GiB', '0.90 GiB (weights only)']);
    expect(row('Tasks')).toEqual(['Text generation', 'Speech recognition']);
    // A phone scrolls the table inside its box, not the page.
    expect(table.parentElement?.className).toBe('table-scroll');
  });

  it('asks for two to four models', async () => {
    const app = renderCompare('/models/compare?slugs=only-one');
    expect(await screen.findByText('A comparison shows 2 to 4 models. Choose them in the catalog.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the catalog' }).getAttribute('href')).toBe('/models');
    expect(app.api.calls('CompareOpenModels')).toHaveLength(0);
  });

  it('says when a model is unknown', async () => {
    renderCompare('/models/compare?slugs=a,b', () => graphqlError('NOT_FOUND'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
