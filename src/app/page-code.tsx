import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface PageCode<M> {
  /** Starts loading the code (once; again after a failure); settles when it is in. */
  preload: () => Promise<M>;
  /** One of the module's components: rendered at once when the code is in, else `fallback` until it is. */
  component: <P extends object>(pick: (module: M) => ComponentType<P>, fallback: ReactNode) => ComponentType<P>;
}

/**
 * A page's code did not load: the connection dropped, or a newer release of the dashboard replaced the file this tab
 * asked for. Not a bug in the page, so the route explains it differently (route-errors.tsx).
 */
export class PageCodeError extends Error {
  override name = 'PageCodeError';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * A page's lazily loaded code, without Suspense. With `React.lazy`, a deep link committed the route's skeleton as a
 * Suspense fallback, and React then held the page back for its 300 ms fallback throttle although its code (fetched
 * beside the entry by the preload hint) had long arrived. Here the page replaces its fallback as soon as the code is
 * in, and a page whose code is already in renders at once.
 */
export function pageCode<M>(load: () => Promise<M>): PageCode<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed load (a deploy replaced the chunk, the network dropped) is tried again next time.
        loading = undefined;
        throw new PageCodeError(error);
      },
    );
    return loading;
  };
  function component<P extends object>(pick: (module: M) => ComponentType<P>, fallback: ReactNode) {
    return function PageComponent(props: P) {
      const [code, setCode] = useState<{ Page: ComponentType<P> } | { error: unknown } | null>(() =>
        loaded === undefined ? null : { Page: pick(loaded) },
      );
      useEffect(() => {
        if (code !== null) return;
        let current = true;
        preload().then(
          (module) => current && setCode({ Page: pick(module) }),
          (error: unknown) => current && setCode({ error }),
        );
        return () => {
          current = false;
        };
      }, [code]);
      if (code === null) return fallback;
      // To the route's error boundary, which says the page could not be loaded.
      if ('error' in code) throw code.error;
      const { Page } = code;
      return <Page {...props} />;
    };
  }
  return { preload, component };
}
