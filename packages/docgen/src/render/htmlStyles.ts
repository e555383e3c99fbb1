/** The width under which each table row is laid out as a block of labelled cells, so a phone never scrolls sideways. */
const NARROW = '40rem';

/** Styles of the whole page (`<body>`), written only in a standalone page. */
export const PAGE_STYLES = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1f2328; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.cookie-policy { max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
@media print {
  body { font-size: 10.5pt; color: #000; }
  .cookie-policy { max-width: none; padding: 0; }
}
`.trim();

/**
 * Styles of the policy itself. Every selector starts with `.cookie-policy`, so in a fragment
 * they style the policy and nothing else of the page it is embedded in.
 */
export const POLICY_STYLES = `
.cookie-policy { overflow-wrap: break-word; }
.cookie-policy .cookie-policy__title { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
.cookie-policy .cookie-policy__heading { font-size: 1.4rem; line-height: 1.3; margin: 2.25rem 0 .75rem; }
.cookie-policy .cookie-policy__group-heading { font-size: 1.15rem; line-height: 1.3; margin: 1.75rem 0 .6rem; }
.cookie-policy p, .cookie-policy ul { margin: 0 0 1rem; }
.cookie-policy li { margin-bottom: .35rem; }
.cookie-policy a { color: #0b5cad; }
.cookie-policy .cookie-policy__table { overflow-x: auto; margin: 0 0 1.5rem; }
.cookie-policy table { width: 100%; border-collapse: collapse; font-size: .95rem; }
.cookie-policy th, .cookie-policy td { padding: .6rem .75rem; border: 1px solid #d0d7de; text-align: left; vertical-align: top; }
.cookie-policy thead th { background: #eef1f4; font-weight: 600; }
.cookie-policy tbody tr:nth-child(even) { background: #f8f9fb; }
@media (max-width: ${NARROW}) {
  .cookie-policy .cookie-policy__table { overflow: visible; }
  .cookie-policy table, .cookie-policy tbody, .cookie-policy tr, .cookie-policy td { display: block; width: auto; }
  .cookie-policy thead { display: none; }
  .cookie-policy tbody tr { margin: 0 0 1rem; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
  .cookie-policy tbody tr:nth-child(even) { background: #fff; }
  .cookie-policy td { border: 0; border-top: 1px solid #eef1f4; padding: .45rem .75rem; }
  .cookie-policy td:first-child { border-top: 0; }
  .cookie-policy td:empty { display: none; }
  .cookie-policy td::before { content: attr(data-label); display: block; font-size: .8rem; font-weight: 600; color: #57606a; }
}
@media print {
  .cookie-policy a { color: inherit; text-decoration: none; }
  .cookie-policy .cookie-policy__table { overflow: visible; }
  .cookie-policy thead { display: table-header-group; }
  .cookie-policy tr { break-inside: avoid; }
  .cookie-policy .cookie-policy__heading, .cookie-policy .cookie-policy__group-heading { break-after: avoid; }
  .cookie-policy thead th, .cookie-policy tbody tr:nth-child(even) { background: none; }
}
`.trim();
