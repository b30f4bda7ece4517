// DOM building that can only ever put user data into the page as text: children that are strings become
// text nodes, and the HTML-parsing properties are not settable through props.
type Child = Node | string | null | undefined | false;

type HtmlSinks = 'innerHTML' | 'outerHTML' | 'innerText' | 'outerText' | 'style';
type ElementProps<K extends keyof HTMLElementTagNameMap> = Partial<
  Omit<HTMLElementTagNameMap[K], HtmlSinks>
> & {
  /** Attributes without a property (aria-*, data-*, role). */
  attrs?: Record<string, string>;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps<K> | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props) {
    const { attrs, ...properties } = props;
    Object.assign(element, properties);
    for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function replaceContent(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}
