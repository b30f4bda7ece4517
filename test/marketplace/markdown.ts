// Just enough Markdown reading for the docs tests: links, headings and the sections under them.
// Code (fenced blocks and `spans`) is left out, since links and headings there are only text.

export interface MarkdownLink {
  target: string;
  line: number;
}

function withoutCode(text: string): string {
  // Keep line breaks so reported line numbers stay right.
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

/** Inline links and images `[text](target "title")`, autolinks `<https://…>` and reference definitions `[id]: target`. */
export function markdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutCode(text)
    .split('\n')
    .forEach((content, index) => {
      const line = index + 1;
      for (const match of content.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
        links.push({ target: match[1], line });
      for (const match of content.matchAll(/<((?:https?|mailto):[^>\s]+)>/g))
        links.push({ target: match[1], line });
      const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(content);
      if (definition) links.push({ target: definition[1], line });
    });
  return links;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, each space a hyphen. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

export interface Heading {
  level: number;
  text: string;
}

export function headings(text: string): Heading[] {
  return [...withoutCode(text).matchAll(/^(#{1,6})\s+(.+?)\s*#*\s*$/gm)].map((match) => ({
    level: match[1].length,
    text: match[2],
  }));
}

/** The anchors of a file's headings; a repeated heading gets -1, -2, … as on GitHub. */
export function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const { text: heading } of headings(text)) {
    const slug = headingSlug(heading);
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/** The text under each heading of `level`, up to the next heading of that level or higher. */
export function sectionsAt(text: string, level: number): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (current !== null) sections.set(current, body.join('\n').trim());
  };
  for (const line of text.split('\n')) {
    const heading = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
    if (heading && heading[1].length <= level) {
      flush();
      current = heading[1].length === level ? heading[2] : null;
      body = [];
    } else body.push(line);
  }
  flush();
  return sections;
}
