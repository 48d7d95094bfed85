type Attributes = Record<string, string | boolean | undefined>;

/** Creates an element with attributes (false/undefined are left out) and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** Puts `text` in `target` unless it is there already: state shown again on every save or key is not replaced. */
export function showText(target: HTMLElement, text: string): void {
  if (target.textContent !== text) target.textContent = text;
}
