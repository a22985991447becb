import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, createFakeApi, type GraphqlBody, graphqlError, learner, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { User } from '../../../shared/graphql/user.fragment';
import type { OpenModelDetail } from '../graphql/open-model-detail.fragment';
import { devicePresets, memoryRow, modelDetail } from '../testing/fixtures';

function renderModel(model: OpenModelDetail | null, user: User = learner, extra: Record<string, (v: Record<string, unknown>) => GraphqlBody> = {}) {
  const api = createFakeApi({ RefreshSession: sessionFor(user), OpenModel: () => ({ data: { openModel: model, devicePresets } }), ...extra });
  return renderApp({ path: `/models/${model?.slug ?? 'unknown-model'}`, api });
}

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('model page', () => {
  it('shows the facts, sources and the lessons that use the model', async () => {
    const app = renderModel(modelDetail());
    expect(await screen.findByRole('heading', { level: 1, name: 'Llama 3.2 1B Instruct' })).toBeTruthy();
    expect(app.api.calls('OpenModel')[0]?.variables).toEqual({ slug: 'llama-3-2-1b-instruct', contextLength: 4096 });
    await waitFor(() => expect(document.title).toBe('Llama 3.2 1B Instruct · Sankofa'));
    expect(screen.getByText('Meta · Llama 3.2')).toBeTruthy();
    const facts = document.querySelector('.model-facts') as HTMLElement;
    expect(facts.textContent).toContain('1.24B parameters · the card says “1.23B” (1,235,814,400 parameters)');
    expect(facts.textContent).toContain('September 2024');
    expect(facts.textContent).toContain('131,072 tokens');
    expect(screen.queryByRole('link', { name: 'Edit this model' })).toBeNull();

    expect(within(section('2 languages')).getByText('German')).toBeTruthy();
    const lessons = section('Lessons that use this model');
    expect(within(lessons).getByRole('link', { name: 'Memory arithmetic' }).getAttribute('href')).toBe('/courses/choosing-open-models/lessons/memory-arithmetic');
    expect(within(section('Where sources disagree')).getByText(/safetensors metadata counts/)).toBeTruthy();
    expect(within(section('Variants')).getByText('The model\u2019s authors')).toBeTruthy();
    expect(within(section('Variants')).getByText('2.47 GB')).toBeTruthy();

    const provenance = within(section('Sources')).getByText('Where each of the 2 facts comes from').closest('details') as HTMLDetailsElement;
    expect(provenance.open).toBe(false);
    await userEvent.click(within(provenance).getByText('Where each of the 2 facts comes from'));
    const row = (field: string) => within(provenance).getByRole('rowheader', { name: field }).closest('tr')?.textContent;
    expect(row('architecture.headDim')).toBe('architecture.headDimComputedhidden_size / num_attention_headsconfig.json');
    expect(row('parameters.count')).toBe('parameters.countStatedLlama 3.2 1B Instruct model card');
  });

  it('says in plain words what the licence allows', async () => {
    renderModel(modelDetail());
    await screen.findByRole('heading', { level: 1, name: 'Llama 3.2 1B Instruct' });
    const licence = section('Licence');
    expect(within(licence).getByRole('link', { name: 'Llama 3.2 Community License' }).getAttribute('href')).toBe('https://www.llama.com/llama3_2/license/');
    expect(within(licence).getByText('Commercial use on conditions')).toBeTruthy();
    expect(licence.textContent).toContain('Commercial use: allowed on a condition. Condition: Services with more than 700 million monthly active users need a licence from Meta.');
    expect(licence.textContent).toContain('Weights openYes');
    expect(licence.textContent).toContain('Training code openNo');
    expect(licence.textContent).toContain('Training data openNot stated');
  });

  it('shows the memory table, which devices it fits, and asks again for another context', async () => {
    const longer = [memoryRow('Q4_K_M', 2.5), memoryRow('Q8_0', 3.1), memoryRow('F16', 4.3)];
    const app = renderModel(modelDetail(), learner, { OpenModelMemory: () => ({ data: { openModel: { id: 'm-llama', memory: longer } } }) });
    await screen.findByRole('heading', { level: 1, name: 'Llama 3.2 1B Instruct' });
    const memory = section('Memory needed');
    const table = within(memory).getByRole('table', { name: 'Memory in GiB with a 4,096-token context and an f16 KV cache' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Quantization', 'Weights', 'KV cache', 'Overhead', 'Total', 'Fits on']);
    expect(within(table).getByRole('row', { name: /^Q4_K_M 0.84 0.24 0.12 1.2 Phone with 4 GB, Laptop with 8 GB, no GPU, 16 GB GPU$/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /^F16 .* 3.0 Laptop with 8 GB, no GPU, 16 GB GPU$/ })).toBeTruthy();

    const context = within(memory).getByLabelText('Context (tokens)');
    await userEvent.clear(context);
    await userEvent.type(context, '32768');
    await userEvent.click(within(memory).getByRole('button', { name: 'Update' }));
    expect(await within(memory).findByRole('table', { name: 'Memory in GiB with a 32,768-token context and an f16 KV cache' })).toBeTruthy();
    expect(app.api.calls('OpenModelMemory')[0]?.variables).toEqual({ slug: 'llama-3-2-1b-instruct', contextLength: 32768 });
    expect(within(memory).getByRole('row', { name: /^Q4_K_M .* 2.5 Laptop with 8 GB, no GPU, 16 GB GPU$/ })).toBeTruthy();

    // Beyond the model's own context: refused before asking.
    await userEvent.clear(context);
    await userEvent.type(context, '200000');
    expect(within(memory).getByText('A whole number from 1 to 131,072.')).toBeTruthy();
    expect((within(memory).getByRole('button', { name: 'Update' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('labels the weights of a speech model as weights only', async () => {
    const whisper = modelDetail({
      slug: 'whisper-small',
      name: 'Whisper small',
      modality: 'speech',
      tasks: ['speech-recognition'],
      memoryProfile: 'WEIGHTS_ONLY',
      contextLength: null,
      memory: [memoryRow('fp32', 0.9, { weightsOnly: true, contextLength: null, kvCacheBytes: 0, overheadBytes: 0, weightsBytes: 0.9 * 1024 ** 3 })],
    });
    renderModel(whisper);
    await screen.findByRole('heading', { level: 1, name: 'Whisper small' });
    const memory = section('Memory needed');
    expect(within(memory).getByText(/^Weights only: for speech, embedding and vision models/)).toBeTruthy();
    expect(within(memory).queryByLabelText('Context (tokens)')).toBeNull();
    const table = within(memory).getByRole('table', { name: 'Weights in GiB' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Quantization', 'Weights', 'Fits on']);
    expect(within(table).getByRole('rowheader', { name: 'fp32 (weights only)' })).toBeTruthy();
    expect(screen.getByText('Speech recognition')).toBeTruthy();
    expect(screen.getByText('Not published')).toBeTruthy();
  });

  it('gives staff an edit link and the change history', async () => {
    const history = {
      openModelHistory: [
        { id: 'h1', at: '2026-11-28T10:00:00.000Z', byName: 'Ngozi Okafor', action: 'updated', changes: [{ field: 'contextLength', before: '8192', after: '131072' }] },
        { id: 'h0', at: '2026-11-27T10:00:00.000Z', byName: 'Sankofa', action: 'imported', changes: [] },
      ],
    };
    const app = renderModel(modelDetail(), admin, { OpenModelHistory: () => ({ data: history }) });
    expect((await screen.findByRole('link', { name: 'Edit this model' })).getAttribute('href')).toBe('/models/llama-3-2-1b-instruct/edit');
    // Asked for only when opened.
    expect(app.api.calls('OpenModelHistory')).toHaveLength(0);
    await userEvent.click(screen.getByText('Change history'));
    expect(await screen.findByText('contextLength')).toBeTruthy();
    expect(screen.getByText(/Ngozi Okafor · updated/)).toBeTruthy();
    expect(screen.getByText(/8192 → 131072/)).toBeTruthy();
    expect(screen.getByText(/Sankofa · imported from the data files/)).toBeTruthy();
  });

  it('says when a model does not exist', async () => {
    renderModel(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('can be retried after an error', async () => {
    let fail = true;
    renderModel(modelDetail(), learner, { OpenModel: () => (fail ? graphqlError('INTERNAL') : { data: { openModel: modelDetail(), devicePresets } }) });
    expect((await screen.findByRole('alert')).textContent).toContain('Try again');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Llama 3.2 1B Instruct' })).toBeTruthy();
  });
});
