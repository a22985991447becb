import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, instructor, learner, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { User } from '../../../shared/graphql/user.fragment';
import { devicePresets, modelDetail } from '../testing/fixtures';

const SOURCE = 'slug: llama-3-2-1b-instruct\nname: Llama 3.2 1B Instruct\nlicence: LicenseRef-llama-3.2-community\n';
const KEY = 'sankofa.models.unsaved.llama-3-2-1b-instruct';

function renderEditor(path = '/models/llama-3-2-1b-instruct/edit', user: User = instructor, save = (_v: Record<string, unknown>): object => ({ data: { saveOpenModel: { id: 'm', slug: 'llama-3-2-1b-instruct', name: 'Llama 3.2 1B Instruct' } } })) {
  const api = createFakeApi({
    RefreshSession: sessionFor(user),
    OpenModelSource: () => ({ data: { openModelSource: SOURCE } }),
    SaveOpenModel: save,
    OpenModel: () => ({ data: { openModel: modelDetail(), devicePresets } }),
  });
  return renderApp({ path, api });
}

const source = () => screen.getByLabelText('Data file (YAML)') as HTMLTextAreaElement;

describe('model editor', () => {
  it('shows the issues by field path and stores nothing', async () => {
    const issues = [
      { path: 'licence', message: "unknown licence 'LicenseRef-nope'; known: Apache-2.0, MIT" },
      { path: 'languages[0].code', message: "'sw' is not an ISO 639-3 code: write 'swa'" },
    ];
    const app = renderEditor('/models/llama-3-2-1b-instruct/edit', instructor, () => graphqlError('BAD_USER_INPUT', { issues }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit llama-3-2-1b-instruct' })).toBeTruthy();
    await screen.findByLabelText('Data file (YAML)');
    expect(source().value).toBe(SOURCE);
    await userEvent.type(source(), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved: 2 problems to fix.');
    expect(alert.textContent).toContain("languages[0].code 'sw' is not an ISO 639-3 code: write 'swa'");
    expect(screen.getByText('licence').tagName).toBe('CODE');
    expect(source().getAttribute('aria-invalid')).toBe('true');
    expect(app.api.calls('SaveOpenModel')[0]?.variables).toEqual({ source: `${SOURCE}x` });
    expect(app.currentPath()).toBe('/models/llama-3-2-1b-instruct/edit');
  });

  it('keeps unsaved edits in this browser and puts them back', async () => {
    localStorage.setItem(KEY, JSON.stringify({ source: `${SOURCE}family: Llama 3.2\n`, keptAt: '2026-11-28T09:00:00.000Z' }));
    renderEditor();
    expect(await screen.findByText(/Unsaved edits from .* were put back/)).toBeTruthy();
    expect(source().value).toBe(`${SOURCE}family: Llama 3.2\n`);
    await userEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(source().value).toBe(SOURCE);
    expect(localStorage.getItem(KEY)).toBeNull();

    await userEvent.type(source(), 'y');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').source).toBe(`${SOURCE}y`);
    expect(screen.getByText('Unsaved edits (kept in this browser).')).toBeTruthy();
  });

  it('saves and opens the model page', async () => {
    const app = renderEditor();
    await screen.findByLabelText('Data file (YAML)');
    await userEvent.type(source(), 'z');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Llama 3.2 1B Instruct' })).toBeTruthy();
    expect(app.currentPath()).toBe('/models/llama-3-2-1b-instruct');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('starts a new model from a template with every key', async () => {
    const app = renderEditor('/models/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New model' })).toBeTruthy();
    await screen.findByLabelText('Data file (YAML)');
    expect(source().value).toMatch(/^slug: \nname: /);
    expect(source().value).toContain('provenance: {}');
    expect(app.api.calls('OpenModelSource')).toHaveLength(0);
  });

  it('is for instructors and admins only', async () => {
    const app = renderEditor('/models/new', learner);
    await screen.findByRole('heading', { level: 1, name: 'Your learning' });
    expect(app.currentPath()).toBe('/learn');
  });
});
