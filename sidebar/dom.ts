// DOM building that can only ever put user data into the page as text: children that are strings become
// text nodes, and props are a closed list of plain properties.
type Child = Node | string | null | undefined | false;

/** The properties the views set; a closed list, so no HTML-parsing property can be reached through it. */
interface ElementProps {
  className?: string;
  id?: string;
  type?: string;
  name?: string;
  value?: string;
  checked?: boolean;
  selected?: boolean;
  disabled?: boolean;
  hidden?: boolean;
  htmlFor?: string;
  title?: string;
  placeholder?: string;
  rows?: number;
  maxLength?: number;
  noValidate?: boolean;
  onclick?: (event: MouseEvent) => void;
  onchange?: (event: Event) => void;
  onsubmit?: (event: SubmitEvent) => void;
  /** Attributes without a property (aria-*, data-*, role). */
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps | null = null,
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
