/** The styles of the standalone HTML page: readable on screen, tidy on paper. */
export const HTML_STYLES = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1f2328; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.cookie-policy { max-width: 64rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
.cookie-policy h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
.cookie-policy h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.25rem 0 .75rem; }
.cookie-policy h3 { font-size: 1.15rem; line-height: 1.3; margin: 1.75rem 0 .6rem; }
.cookie-policy p, .cookie-policy ul { margin: 0 0 1rem; }
.cookie-policy li { margin-bottom: .35rem; }
.cookie-policy a { color: #0b5cad; }
.cookie-policy .cookie-policy__table { overflow-x: auto; margin: 0 0 1.5rem; }
.cookie-policy table { width: 100%; border-collapse: collapse; font-size: .95rem; }
.cookie-policy th, .cookie-policy td { padding: .6rem .75rem; border: 1px solid #d0d7de; text-align: left; vertical-align: top; }
.cookie-policy thead th { background: #eef1f4; font-weight: 600; }
.cookie-policy tbody tr:nth-child(even) { background: #f8f9fb; }
.cookie-policy td.cookie-policy__names { overflow-wrap: break-word; }
@media print {
  body { font-size: 10.5pt; color: #000; }
  .cookie-policy { max-width: none; padding: 0; }
  .cookie-policy a { color: inherit; text-decoration: none; }
  .cookie-policy .cookie-policy__table { overflow: visible; }
  .cookie-policy thead { display: table-header-group; }
  .cookie-policy tr { break-inside: avoid; }
  .cookie-policy h2, .cookie-policy h3 { break-after: avoid; }
  .cookie-policy thead th, .cookie-policy tbody tr:nth-child(even) { background: none; }
}
`.trim();
