/**
 * Runs `work` once the frame being prepared is on screen: after the next animation frame, in a task
 * of its own, so the browser paints what is already there first. Returns a cancel (safe to call
 * after `work` ran).
 */
export function afterFirstFrame(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      timer = null;
      work();
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
