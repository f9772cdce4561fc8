import { lazy, useState, type ComponentType } from 'react';

export interface PageCode<M> {
  /** Starts loading the code (once; again after a failure); settles when it is in. */
  preload: () => Promise<M>;
  /** One of the module's components, rendered at once when the code is in, else through `React.lazy` (suspending). */
  component: <P extends object>(pick: (module: M) => ComponentType<P>) => ComponentType<P>;
}

/**
 * A page's lazily loaded code. `React.lazy` alone suspends on its first render even when the module has arrived, so a
 * deep link committed the route's skeleton only to swap it for the page's own (and React then holds the page back for
 * its 300 ms fallback throttle). A deep link preloads its page's code before the first render, and a page whose code is
 * in renders without suspending.
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
        throw error;
      },
    );
    return loading;
  };
  function component<P extends object>(pick: (module: M) => ComponentType<P>): ComponentType<P> {
    const Lazy = lazy(async () => ({ default: pick(await preload()) }));
    return function PageComponent(props: P) {
      // Chosen once per mount: switching from the lazy wrapper to the loaded component later would remount the page.
      const [Component] = useState<ComponentType<P>>(() => (loaded === undefined ? Lazy : pick(loaded)));
      return <Component {...props} />;
    };
  }
  return { preload, component };
}
