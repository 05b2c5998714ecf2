// The poster is HTML that people open and print: every text from people or config goes through escapeHtml.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** An element with escaped text content: element("p", "a < b", "lead") → <p class="lead">a &lt; b</p>. */
export function element(tag: string, text: string, className?: string): string {
  return `<${tag}${className ? ` class="${className}"` : ""}>${escapeHtml(text)}</${tag}>`;
}

/**
 * A chart's SVG as part of the page: labelled for screen readers, scaled by the stylesheet, and without
 * the namespace declarations (an HTML parser knows <svg>), so the page names no address at all.
 */
export function inlineSvg(svg: string, label: string): string {
  return svg
    .replace(/\s+xmlns(:xlink)?="[^"]*"/g, "")
    .replace(/^<svg\s+width="\d+"\s+height="\d+"/, `<svg role="img" aria-label="${escapeHtml(label)}"`);
}
