// When the panel has drawn what it was just given: the next frame's paint (a task after the animation
// frame), or `latestMs` when no frame comes (a collapsed panel is display:none and Chrome draws no
// frames for it), whichever is first.

interface Frames {
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export function afterPaint(win: Frames, latestMs: number): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(latest);
      resolve();
    };
    const latest = win.setTimeout(finish, latestMs);
    // The animation frame's callbacks run before its paint; the task after them comes after it.
    win.requestAnimationFrame(() => win.setTimeout(finish, 0));
  });
}
