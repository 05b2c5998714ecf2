// The poster's stylesheet, inline like everything else on the page: system fonts only (no web fonts),
// readable in black and white, and laid out for an A3 sheet when printed.

export const REPORT_STYLE = `
:root { --ink: #1a1a1a; --accent: #154273; --muted: #4d4d4d; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
main { max-width: 1180px; margin: 0 auto; padding: 32px; }
header { border-bottom: 6px solid var(--accent); padding-bottom: 16px; margin-bottom: 24px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .85rem; color: var(--muted); margin: 0; }
h1 { font-size: 2.6rem; margin: .15em 0; }
.period { font-size: 1.2rem; margin: 0 0 .6em; }
.lead { font-size: 1.15rem; margin: 0; }
.learning { font-weight: bold; margin: .4em 0 0; }
.sections { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 24px 32px; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin: 0 0 12px; }
.note, .meta, figcaption { color: var(--muted); font-size: .9rem; }
blockquote { margin: 0 0 12px; padding: 6px 14px; border-left: 4px solid var(--accent); font-style: italic; white-space: pre-line; }
ul.items { list-style: none; padding: 0; margin: 0; }
ul.items > li { margin-bottom: 14px; padding-bottom: 10px; border-bottom: 1px solid var(--line); }
.ref { font-weight: bold; }
.reasons { white-space: pre-line; margin: 4px 0 0; }
dl.tally { display: grid; grid-template-columns: auto auto; gap: 4px 12px; margin: 8px 0 0; }
dl.tally dd { margin: 0; font-weight: bold; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 24px 32px; margin-top: 32px; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
footer { margin-top: 32px; border-top: 1px solid var(--line); padding-top: 12px; color: var(--muted); font-size: .9rem; }
@page { size: A3; margin: 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .sections { grid-template-columns: repeat(3, 1fr); }
  .figures { grid-template-columns: repeat(2, 1fr); }
  h2 { break-after: avoid; }
  section, li, blockquote, figure { break-inside: avoid; }
}
`;
