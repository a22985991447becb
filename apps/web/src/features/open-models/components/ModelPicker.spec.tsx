import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlClient } from '../../../shared/graphql/client';
import { GraphqlClientProvider } from '../../../shared/graphql/provider';
import { createFakeApi } from '../../../test/fake-api';
import type { ModelPicker as Picker } from './ModelPicker';

// Loaded once i18n has started (the test setup starts it), as the editor's lazy chunk is in the app.
let ModelPicker: typeof Picker;
beforeAll(async () => {
  ({ ModelPicker } = await import('./ModelPicker'));
});

const LESSON = '---\ntitle: Memory arithmetic\nmodels: [llama-3-2-1b-instruct]\nminutes: 20\n---\n\nBody\n';
const found = [
  { id: '1', slug: 'qwen2-5-0-5b-instruct', name: 'Qwen2.5 0.5B Instruct', organization: 'Qwen', parameterWording: '0.49B' },
  { id: '2', slug: 'llama-3-2-1b-instruct', name: 'Llama 3.2 1B Instruct', organization: 'Meta', parameterWording: '1.23B' },
];

function Editor({ onText }: { onText: (text: string) => void }) {
  const [text, setText] = useState(LESSON);
  return (
    <ModelPicker
      content={text}
      onChange={(next) => {
        setText(next);
        onText(next);
      }}
    />
  );
}

describe('lesson editor model picker', () => {
  it('searches the catalog and adds the chosen slug to the front matter', async () => {
    const api = createFakeApi({ ModelPicker: () => ({ data: { openModels: { items: found, totalCount: 2 } } }) });
    const texts: string[] = [];
    render(
      <GraphqlClientProvider client={createGraphqlClient({ fetch: api.fetch })}>
        <Editor onText={(t) => texts.push(t)} />
      </GraphqlClientProvider>,
    );
    expect(screen.getByText('llama-3-2-1b-instruct')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Find a model in the catalog'), 'instruct');
    const add = await screen.findByRole('button', { name: 'Add Qwen2.5 0.5B Instruct' });
    expect(api.calls('ModelPicker').map((c) => c.variables)).toEqual([{ query: 'instruct', first: 8 }]);
    // Already listed: nothing to add.
    expect((screen.getByRole('button', { name: 'Add Llama 3.2 1B Instruct' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(add);
    expect(texts).toEqual([LESSON.replace('models: [llama-3-2-1b-instruct]', 'models: [llama-3-2-1b-instruct, qwen2-5-0-5b-instruct]')]);
    expect(screen.getByText('Qwen2.5 0.5B Instruct is in the list.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('qwen2-5-0-5b-instruct');
  });
});
