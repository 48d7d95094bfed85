interface InputScheduling {
  isInputPending?(): boolean;
}

const scheduling = (navigator as Navigator & { scheduling?: InputScheduling }).scheduling;

/**
 * For a slice of work done in the background (counting words, serialising a
 * note ahead of its save): tells when to stop, after `ms` or as soon as a key
 * or click is waiting, whichever comes first. A key pressed during a slice
 * otherwise waits for the slice to end: in the book-length note the word
 * count's 8 ms slices were the longest waits of the keys typed into it.
 */
export function sliceFor(ms: number): () => boolean {
  const until = performance.now() + ms;
  return () => performance.now() >= until || (scheduling?.isInputPending?.() ?? false);
}
