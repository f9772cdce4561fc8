import type { ErrorInfo } from 'react';

/**
 * React's root option for errors an error boundary caught. The boundary already explains the failure on screen, so
 * this is a warning for whoever investigates, not a console error (React's default) that reads like an unhandled crash.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  // Errors thrown on purpose to show an explanation (a malformed id in the address) are outcomes, not failures.
  if (error instanceof Error && Reflect.get(error, 'expected') === true) return;
  console.warn('A part of the page failed to render and shows an explanation instead:', error, info.componentStack ?? '');
}
