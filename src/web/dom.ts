/** Small DOM helpers. Text always goes in through `textContent`, never `innerHTML`. */

/** Attributes and properties to set on a new element; `text` becomes its textContent. */
export interface ElementOptions {
  readonly text?: string;
  readonly className?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element with optional text, class and attributes, and appends the given children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.text !== undefined) node.textContent = options.text;
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** The element with this id, of the expected class; throws naming the id when the page lacks it. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`the page has no <${type.name}> with id "${id}"`);
  return node;
}

/** Replaces every child of `parent` with the given nodes. */
export function replaceChildren(parent: Element, ...children: (Node | string)[]): void {
  parent.replaceChildren(...children);
}

/** Adds an event listener and returns the function that removes it. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement | Document | Window,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void {
  const listener = handler as EventListener;
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}

/** A link to an external page, only for http(s) addresses; plain text otherwise. */
export function externalLink(url: string | undefined, text: string): HTMLElement {
  if (!url || !/^https?:\/\//i.test(url)) return el("span", { text });
  return el("a", { text, attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } });
}

/** Saves a blob as a file through a temporary link (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
