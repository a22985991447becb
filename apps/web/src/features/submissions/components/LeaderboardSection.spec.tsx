import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learner } from '../../../test/fake-api';
import { exercise, PAGE_TEST_TIMEOUT, renderExercise } from '../../exercise/testing/exercise-fixtures';
import type { Leaderboard, LeaderboardEntry } from '../graphql/leaderboard.query';

const prediction = exercise({
  slug: 'language-id',
  kind: 'PREDICTION',
  prediction: { metric: 'rmse', targetColumn: 'price', idColumn: 'id', baselineMethod: null, baselineScore: null, deadline: '2026-06-30T23:59:00.000Z', files: [] },
});

const entry = (overrides: Partial<LeaderboardEntry>): LeaderboardEntry => ({
  rank: 1,
  displayName: 'Kwame Asante',
  publicScore: 12.5,
  privateScore: null,
  isMe: false,
  submittedAt: '2026-03-01T09:30:00.000Z',
  ...overrides,
});

function board(overrides: Partial<Leaderboard> = {}): { data: { leaderboard: Leaderboard } } {
  return {
    data: {
      leaderboard: {
        metric: 'rmse',
        higherIsBetter: false,
        deadline: '2026-06-30T23:59:00.000Z',
        privateRevealed: false,
        showMyName: true,
        entries: [entry({}), entry({ rank: 2, displayName: learner.displayName, publicScore: 13.25, isMe: true })],
        ...overrides,
      },
    },
  };
}

describe('prediction leaderboard', { timeout: PAGE_TEST_TIMEOUT }, () => {
  beforeAll(async () => {
    await import('../../exercise/components/ExercisePage');
  });

  it('ranks learners, marks my row, and lets me hide my name', async () => {
    let visible = true;
    const { api } = renderExercise(prediction, {
      Leaderboard: () => board({ showMyName: visible, entries: [entry({}), entry({ rank: 2, displayName: visible ? learner.displayName : 'Anonymous learner', publicScore: 13.25, isMe: true })] }),
      SetLeaderboardVisibility: (variables) => {
        visible = variables['visible'] as boolean;
        return { data: { setLeaderboardVisibility: visible } };
      },
    });
    const section = (await screen.findByRole('heading', { name: 'Leaderboard' })).closest('section') as HTMLElement;
    const table = await within(section).findByRole('table');
    expect(within(section).getByText('Ranked by rmse: lower is better.')).toBeTruthy();
    expect(within(section).getByText(/^Private scores, on rows you cannot see, are revealed after the deadline: /)).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Rank', 'Learner', 'Public score'],
      ['1', 'Kwame Asante', '12.5'],
      ['2', 'Amina Diallo (you)', '13.25'],
    ]);
    expect(rows[2].className).toBe('leaderboard-me');

    const toggle = within(section).getByRole('checkbox', { name: 'Show my name on leaderboards' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await userEvent.click(toggle);
    expect(await within(section).findByText('You appear as an anonymous learner on leaderboards.')).toBeTruthy();
    expect(api.calls('SetLeaderboardVisibility').map((r) => r.variables)).toEqual([{ visible: false }]);
    expect(await within(section).findByText('Anonymous learner')).toBeTruthy();
    expect((within(section).getByRole('checkbox', { name: 'Show my name on leaderboards' }) as HTMLInputElement).checked).toBe(false);
    expect(api.calls('Leaderboard')).toHaveLength(2);
  });

  it('shows private scores once the deadline has passed', async () => {
    renderExercise(prediction, {
      Leaderboard: () => board({ privateRevealed: true, showMyName: false, entries: [entry({ privateScore: 12.75 }), entry({ rank: 2, displayName: 'Anonymous learner', isMe: true, privateScore: 14 })] }),
    });
    const section = (await screen.findByRole('heading', { name: 'Leaderboard' })).closest('section') as HTMLElement;
    const rows = within(await within(section).findByRole('table')).getAllByRole('row');
    expect([...rows[0].children].map((cell) => cell.textContent)).toEqual(['Rank', 'Learner', 'Public score', 'Private score', 'Submitted']);
    expect(rows[1].children[3].textContent).toBe('12.75');
    expect(within(section).getByText('The deadline has passed: ranks follow the private scores.')).toBeTruthy();
    // I opted out earlier: the API says so.
    expect((within(section).getByRole('checkbox', { name: 'Show my name on leaderboards' }) as HTMLInputElement).checked).toBe(false);
  });
});
