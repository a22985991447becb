import type { ReactNode } from 'react';

/**
 * A message that assistive technology announces: `alert` interrupts (errors the user must act
 * on), `status` waits its turn (progress, confirmations).
 */
export function StatusMessage({ tone, children, id }: { tone: 'error' | 'info' | 'success'; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`message message-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
