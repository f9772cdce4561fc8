/**
 * Lets Node exit while this timer waits (the monitor never keeps a finished process alive on its own). Workers have
 * no `unref`: an isolate's timers end with the event that set them.
 */
export function unrefTimer(timer: ReturnType<typeof setTimeout>): void {
  const maybe: { unref?: () => void } = timer;
  maybe.unref?.();
}
