import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What stands in for the children after they threw; `reset` renders them again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Contains a render failure to the part of the page that failed (one card, one section), so the rest stays usable.
 * React has no hook for this; a class component is the only way to catch errors thrown while rendering. The root's
 * `onCaughtError` (reportCaughtError) logs what was caught.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): ErrorBoundaryState {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  private readonly reset = () => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
