import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, type GraphqlBody, instructor, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { User } from '../../../shared/graphql/user.fragment';
import type { ModelCardData } from '../graphql/model-card.fragment';
import { catalogLanguages, devicePresets, facets, modelCard } from '../testing/fixtures';

const GIB = 1024 ** 3;
const all: ModelCardData[] = Array.from({ length: 23 }, (_, i) =>
  modelCard({
    id: `m-${i}`,
    slug: `model-${String(i).padStart(2, '0')}`,
    name: i === 0 ? 'Swahili Whisper' : `Model ${String(i).padStart(2, '0')}`,
    coversAfricanLanguage: i < 4,
    tasks: i === 0 ? ['speech-recognition'] : ['text-generation'],
    memoryProfile: i === 0 ? 'WEIGHTS_ONLY' : 'LANGUAGE_MODEL',
    memory: i === 0 ? [{ quantization: 'f16', totalBytes: 3 * GIB, weightsOnly: true }] : modelCard().memory,
    licence: i % 3 ? modelCard().licence : { id: 'LicenseRef-llama', name: 'Llama Community License', commercialUse: 'CONDITIONAL' },
  }),
);

/** Filters (a few of them) and pages by cursor like the API. */
function openModels(variables: Record<string, unknown>): GraphqlBody {
  const filter = (variables['filter'] ?? {}) as { query?: string; africanLanguage?: boolean; fits?: unknown };
  const matching = all.filter(
    (m) => (!filter.query || m.name.toLowerCase().includes(filter.query.toLowerCase())) && (!filter.africanLanguage || m.coversAfricanLanguage) && (!filter.fits || m.id !== 'm-3'),
  );
  const start = variables['after'] ? Number(variables['after']) : 0;
  const items = matching.slice(start, start + Number(variables['first']));
  const next = start + items.length < matching.length ? String(start + items.length) : null;
  return { data: { openModels: { items, totalCount: matching.length, nextCursor: next, facets } } };
}

const choices = { data: { devicePresets, catalogLanguages } };

function renderCatalog(path = '/models', user: User = learner, handler: (v: Record<string, unknown>) => GraphqlBody | typeof NETWORK_DOWN = openModels) {
  const api = createFakeApi({ RefreshSession: sessionFor(user), OpenModels: handler, CatalogChoices: () => choices });
  return renderApp({ path, api });
}

const filters = () => within(screen.getByRole('search', { name: 'Find a model' }));

describe('open-model catalog', () => {
  it('lists models with their facts, and loads more with the cursor', async () => {
    const app = renderCatalog();
    expect(await screen.findByText('Showing 20 of 23 models')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Open models · Sankofa'));
    expect(app.api.calls('OpenModels')[0]?.variables).toEqual({ filter: {}, sort: 'NAME', first: 20, after: null });

    const card = screen.getByRole('heading', { level: 2, name: 'Model 01' }).closest('li') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Model 01' }).getAttribute('href')).toBe('/models/model-01');
    expect(card.textContent).toContain('Qwen · 494M parameters · Text generation');
    expect(card.textContent).toContain('Apache License 2.0');
    expect(within(card).getByText('Commercial use allowed')).toBeTruthy();
    expect(card.textContent).toContain('2 languages · African language');
    expect(card.textContent).toContain('About 0.75 GiB at Q4_K_M with 4,096 tokens');
    const whisper = screen.getByRole('heading', { level: 2, name: 'Swahili Whisper' }).closest('li') as HTMLElement;
    expect(whisper.textContent).toContain('Weights only: 3.0 GiB');
    expect(within(screen.getByRole('heading', { level: 2, name: 'Model 03' }).closest('li') as HTMLElement).getByText('Commercial use on conditions')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 23 of 23 models')).toBeTruthy();
    expect(app.api.calls('OpenModels')[1]?.variables).toMatchObject({ after: '20' });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows facet counts next to the options', async () => {
    renderCatalog();
    await screen.findByText('Showing 20 of 23 models');
    const task = filters().getByLabelText('Task');
    expect(within(task).getByRole('option', { name: 'Speech recognition (3)' })).toBeTruthy();
    expect(within(filters().getByLabelText('Modality')).getByRole('option', { name: 'Text (14)' })).toBeTruthy();
    const language = filters().getByLabelText('Language');
    expect(await within(language).findByRole('option', { name: 'Swahili (Africa) (6)' })).toBeTruthy();
    expect(within(language).getByRole('option', { name: 'Any African language' })).toBeTruthy();
    // Allowed = YES; allowed or on conditions = YES + CONDITIONAL.
    const commercial = filters().getByLabelText('Commercial use');
    expect(within(commercial).getByRole('option', { name: 'Allowed (9)' })).toBeTruthy();
    expect(within(commercial).getByRole('option', { name: 'Allowed, or allowed on conditions (13)' })).toBeTruthy();
  });

  it('filters by African language and a device, keeping the view in the address', async () => {
    const app = renderCatalog();
    await screen.findByText('Showing 20 of 23 models');
    await userEvent.selectOptions(filters().getByLabelText('Language'), 'african');
    expect(await screen.findByText('Showing 4 of 4 models')).toBeTruthy();
    await within(filters().getByLabelText('Device')).findByRole('option', { name: 'Phone with 4 GB' });
    await userEvent.selectOptions(filters().getByLabelText('Device'), 'phone-4gb');
    expect(filters().getByText('1.5 GiB usable for a model. What an app can get on a 4 GB phone (our assumption).')).toBeTruthy();
    expect(await screen.findByText('Showing 3 of 3 models')).toBeTruthy();
    expect(app.currentPath()).toBe('/models?lang=african&device=phone-4gb');
    expect(app.api.calls('OpenModels').at(-1)?.variables).toEqual({
      filter: { africanLanguage: true, fits: { deviceId: 'phone-4gb', quantization: 'Q4_K_M', contextLength: 4096 } },
      sort: 'NAME',
      first: 20,
      after: null,
    });

    await userEvent.selectOptions(filters().getByLabelText('Quantization'), 'Q8_0');
    const context = filters().getByLabelText('Context (tokens)');
    await userEvent.clear(context);
    await userEvent.type(context, '8192{Enter}');
    await screen.findByText('Showing 3 of 3 models');
    expect(app.currentPath()).toBe('/models?lang=african&device=phone-4gb&quant=Q8_0&ctx=8192');
    expect(app.api.calls('OpenModels').at(-1)?.variables).toMatchObject({ filter: { fits: { deviceId: 'phone-4gb', quantization: 'Q8_0', contextLength: 8192 } } });

    await userEvent.selectOptions(filters().getByLabelText('Size'), '1-4b');
    await userEvent.selectOptions(filters().getByLabelText('Sort by'), 'SIZE_DESC');
    expect(app.currentPath()).toBe('/models?lang=african&size=1-4b&device=phone-4gb&quant=Q8_0&ctx=8192&sort=SIZE_DESC');
    expect(app.api.calls('OpenModels').at(-1)?.variables).toMatchObject({ filter: { minParameters: 1e9, maxParameters: 4e9 }, sort: 'SIZE_DESC' });

    await userEvent.click(screen.getByRole('link', { name: 'Clear the filters' }));
    expect(await screen.findByText('Showing 20 of 23 models')).toBeTruthy();
    expect(app.currentPath()).toBe('/models');
  });

  it('takes a custom memory figure in GiB', async () => {
    const app = renderCatalog('/models?device=custom');
    await screen.findByText('Showing 20 of 23 models');
    await userEvent.type(filters().getByLabelText('Memory free for the model (GB)'), '6{Enter}');
    await screen.findByText('Showing 20 of 22 models');
    expect(app.currentPath()).toBe('/models?device=custom&gib=6');
    expect(app.api.calls('OpenModels').at(-1)?.variables).toMatchObject({ filter: { fits: { usableBytes: 6 * GIB, quantization: 'Q4_K_M', contextLength: 4096 } } });
  });

  it('searches once the reader pauses typing', async () => {
    const app = renderCatalog();
    await screen.findByText('Showing 20 of 23 models');
    await userEvent.type(filters().getByLabelText('Search models'), 'swahili');
    expect(await screen.findByText('Showing 1 of 1 model')).toBeTruthy();
    expect(app.currentPath()).toBe('/models?q=swahili');
    // One request for the whole word, not one per letter.
    expect(app.api.calls('OpenModels').map((c) => (c.variables['filter'] as { query?: string }).query)).toEqual([undefined, 'swahili']);
  });

  it('opens a shared link with its filters applied', async () => {
    const app = renderCatalog('/models?q=model&lang=african&commercial=yes');
    expect(await screen.findByText('Showing 3 of 3 models')).toBeTruthy();
    expect((filters().getByLabelText('Search models') as HTMLInputElement).value).toBe('model');
    expect((filters().getByLabelText('Language') as HTMLSelectElement).value).toBe('african');
    expect((filters().getByLabelText('Commercial use') as HTMLSelectElement).value).toBe('yes');
    expect(app.api.calls('OpenModels')[0]?.variables).toMatchObject({ filter: { query: 'model', africanLanguage: true, commercialUse: ['YES'] } });
  });

  it('collects two to four models to compare', async () => {
    const app = renderCatalog();
    await screen.findByText('Showing 20 of 23 models');
    await userEvent.click(screen.getByLabelText('Compare Model 01'));
    expect(screen.getByText('1 model chosen to compare (up to 4).')).toBeTruthy();
    expect(screen.getByText('Choose at least 2 to compare.')).toBeTruthy();
    for (const name of ['Model 02', 'Model 03', 'Model 04']) await userEvent.click(screen.getByLabelText(`Compare ${name}`));
    expect((screen.getByLabelText('Compare Model 05') as HTMLInputElement).disabled).toBe(true);
    const open = screen.getByRole('link', { name: 'Compare 4 models' });
    expect(open.getAttribute('href')).toBe('/models/compare?slugs=model-01,model-02,model-03,model-04');
    // The choice survives a visit to a model page.
    expect(JSON.parse(localStorage.getItem('sankofa.models.compare') ?? '[]')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Clear the choice' }));
    expect(screen.queryByRole('region', { name: 'Models to compare' })).toBeNull();
    expect(app.currentPath()).toBe('/models');
  });

  it('offers staff a way to add a model, and learners not', async () => {
    renderCatalog('/models', instructor);
    expect((await screen.findByRole('link', { name: 'Add a model' })).getAttribute('href')).toBe('/models/new');
  });

  it('retries after a network error', async () => {
    let down = true;
    renderCatalog('/models', learner, (v) => (down ? NETWORK_DOWN : openModels(v)));
    expect((await screen.findByRole('alert')).textContent).toContain('Try again');
    expect(screen.queryByRole('link', { name: 'Add a model' })).toBeNull();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing 20 of 23 models')).toBeTruthy();
  });
});
