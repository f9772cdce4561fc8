import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Same settings as the app (no generated code, English messages), so the tests see the validators the browser runs.
import '@/lib/zod-setup';

// findBy*/waitFor give up after 1 s by default; a lazily loaded route under jsdom on a busy two-core machine can take
// longer than that to appear. This is how long to wait, not what to expect: every assertion stays as it is.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out: it has no scrolling and no ResizeObserver. The app's scroll restoration only needs both to
// exist; where the page scrolls to is the browser's to show (e2e).
if (typeof window !== 'undefined') {
  window.scrollTo = () => {};
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

let consoleErrors: unknown[][] = [];

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  // A console.error is a bug report nobody reads: fail the test that caused it.
  if (consoleErrors.length > 0) {
    const messages = consoleErrors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`console.error was called during the test:\n${messages}`);
  }
});
