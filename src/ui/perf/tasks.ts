/**
 * Resolves in a later task (a timer), after the browser has had the chance to paint and handle input.
 * Work that would hold the main thread for long is cut into steps with it: issue 7's budget is no task
 * over 200 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
