// A small reader for the poster's HTML, enough to check what a browser would fetch: every start tag with
// its attributes, the stylesheets, and the text a reader sees (tags removed, entities decoded once).

export interface Tag {
  name: string;
  attributes: Record<string, string>;
}

export interface ReadPage {
  tags: Tag[];
  styles: string[];
  text: string;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

export function readHtml(html: string): ReadPage {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  // Style text is not markup: leave it out before looking for tags.
  const markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "<style></style>").replace(/<!--[\s\S]*?-->/g, "");
  const tags = [...markup.matchAll(TAG)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of match[2]!.matchAll(ATTRIBUTE)) attributes[attribute[1]!.toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? "";
    return { name: match[1]!.toLowerCase(), attributes };
  });
  const text = markup
    .replace(/<[^>]*>/g, " ")
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, " ");
  return { tags, styles, text };
}
