import type { ReactNode } from 'react';

/** The one-paragraph verdict under a claim's result: what the measured numbers say about the claim. */
export function ClaimVerdict({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <p className="claims-verdict" data-testid={testId}>
      {children}
    </p>
  );
}
