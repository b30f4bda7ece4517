// SVG building that, like dom.ts, can only put text into the page as text: elements come from
// createElementNS, attributes are set one by one, and string children become text nodes.
const SVG_NS = 'http://www.w3.org/2000/svg';

type SvgChild = SVGElement | string | null | false;

export function svg(
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: SvgChild[]
): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) {
    if (child === null || child === false) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A mark's tooltip and accessible name: SVG's <title> child, set as text. */
export function tooltip(text: string): SVGElement {
  return svg('title', {}, text);
}
