/**
 * A background job on this instance: runs `task` every `everyMs`, never two runs at once (a slow run
 * makes the next tick skip), and does not keep the process alive. Returns the stop function.
 */
export const startPeriodic = (
  everyMs: number,
  task: () => Promise<unknown>,
  onError: (error: unknown) => void,
): (() => void) => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
