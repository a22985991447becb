import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from './PageErrorBoundary';

function LazyChunkThatFailed(): never {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/UsersPage-old.js');
}

describe('PageErrorBoundary', () => {
  it('replaces a page that failed to render with a translated way out', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <nav>still here</nav>
        <PageErrorBoundary>
          <LazyChunkThatFailed />
        </PageErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This page could not be loaded. Check your connection, then reload.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByText('still here')).toBeTruthy();
    expect(logged).toHaveBeenCalled();
  });

  it('renders the page when nothing fails', () => {
    render(
      <PageErrorBoundary>
        <h1>Fine</h1>
      </PageErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Fine' })).toBeTruthy();
  });
});
