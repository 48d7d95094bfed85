// Code that runs inside the page (passed to page.evaluate / addInitScript as source text).
// Times are the page's performance.now(): keydown timeStamp and frames share that clock.

/** Installed before the page's own scripts: long tasks, and when the note first becomes editable and painted. */
export const BEFORE_LOAD = `
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // The first task after the frame: a user-blocking task posted from requestAnimationFrame
  // runs once the frame is painted and before the page's own timers (a MessageChannel
  // message waited behind them, so work a page deferred until after the paint was counted).
  const afterFrame = (task) => scheduler.postTask(task, { priority: 'user-blocking' });
  const afterPaint = (resolve) => requestAnimationFrame(() => afterFrame(() => resolve(performance.now())));
  const editable = new Promise((resolve) => {
    const found = () => document.querySelector('[contenteditable="true"]');
    const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); afterPaint(resolve); } });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['contenteditable'] });
  });
  window.__bench = { longTasks, editable, afterPaint, afterFrame };
})();
`;

/**
 * Keystroke probe, installed once the editor exists (so its MutationObserver
 * runs after ProseMirror's, i.e. after the transaction was dispatched):
 * dom = keydown timeStamp → the DOM shows the edit; frame = → after the next frame was rendered.
 */
export const KEYSTROKE_PROBE = `
(() => {
  const bench = window.__bench;
  const root = document.querySelector('.ProseMirror');
  bench.samples = [];
  let pending = null;
  let settle = null;
  // A key that never reaches the note (the caret was not in it) fails the run instead of hanging it.
  bench.settled = () => new Promise((resolve, reject) => {
    if (!pending) return resolve();
    settle = resolve;
    setTimeout(() => reject(new Error('a key typed did not reach the note within 10 s: the caret is not in the note')), 10000);
  });
  addEventListener('keydown', (event) => { if (event.key.length === 1) pending = { t0: event.timeStamp, dom: null }; }, true);
  new MutationObserver(() => {
    if (!pending || pending.dom !== null) return;
    const sample = pending;
    sample.dom = performance.now() - sample.t0;
    bench.afterPaint((end) => {
      sample.frame = end - sample.t0;
      sample.end = end;
      bench.samples.push(sample);
      if (pending === sample) pending = null;
      if (settle) { const done = settle; settle = null; done(); }
    });
  }).observe(root, { subtree: true, childList: true, characterData: true });
})();
`;

/**
 * Resolves `phaseMs` after the page's thread is next idle: an opening starts once the
 * work the page put off after the previous one is done, as a user's next click would,
 * and at a chosen point of the frame (an idle moment follows a frame).
 */
export const untilIdle = (phaseMs: number): string =>
  `new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, ${phaseMs.toFixed(1)}), { timeout: 2000 }))`;

/** Resolves with the time the next opening finished and was painted (marks 'briefing:open-start' / '-loaded'). */
export const WAIT_FOR_OPENING = `
(() => {
  const before = performance.getEntriesByName('briefing:open-loaded').length;
  window.__bench.opening = new Promise((resolve, reject) => {
    // A run that waits for an opening that never comes fails instead of hanging.
    const given = performance.now();
    const check = () => {
      const loaded = performance.getEntriesByName('briefing:open-loaded');
      if (loaded.length === before && performance.now() - given > 60000) return reject(new Error('The note did not open within 60 s.'));
      if (loaded.length === before) return requestAnimationFrame(check);
      const start = performance.getEntriesByName('briefing:open-start').at(-1).startTime;
      window.__bench.afterFrame(() => resolve({ start, loaded: loaded.at(-1).startTime, painted: performance.now() }));
    };
    requestAnimationFrame(check);
  });
})();
`;

/**
 * Scrolls the note's middle into view, as a user would with the scroll bar, and returns
 * where to click to put the caret in a line of the block there. Found on screen, not as the
 * editable's middle child: a long note in our page lays out only the blocks near the
 * screen (renderer/editor/long-note-window.ts), so its children include spacers.
 */
export const MIDDLE_BLOCK = `
(async () => {
  const root = document.querySelector('.ProseMirror');
  let scroller = root.parentElement;
  while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  scroller = scroller ?? document.scrollingElement;
  // The note's middle to the middle of the screen (the comment cards of a short note
  // can reach far below its text, so the scroller's own middle may be past the note).
  const note = root.getBoundingClientRect();
  scroller.scrollTop += note.top + note.height / 2 - innerHeight / 2;
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  // The laid-out block nearest the middle of the screen (the point may fall between two).
  const middle = innerHeight / 2;
  let block = null;
  let nearest = Infinity;
  for (const child of root.children) {
    const rect = child.getBoundingClientRect();
    if (rect.height === 0) continue;
    const distance = middle < rect.top ? rect.top - middle : middle > rect.bottom ? middle - rect.bottom : 0;
    if (distance < nearest) [block, nearest] = [child, distance];
  }
  const rect = block.getBoundingClientRect();
  return { x: rect.left + 4, y: Math.max(rect.top + 4, Math.min(rect.bottom - 4, middle)) };
})()
`;

/** The width of the note's lines: the editable's content box, px. */
export const TEXT_COLUMN = `
(() => {
  const root = document.querySelector('.ProseMirror');
  const style = getComputedStyle(root);
  return root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
})()
`;

/** Sets the bare page's lines to a width, px (its editable is content-box). */
export const setTextColumn = (px: number): string => `document.querySelector('.ProseMirror').style.width = '${px}px'`;
