import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Scroll restoration of React Router and Remix: `<ScrollRestoration>` saves the scroll position
 * of each visited page in sessionStorage when the page is left: React Router (and
 * react-router-dom 6) under its `storageKey` prop, default `react-router-scroll-positions`;
 * Remix 2 (`@remix-run/react`) under `positions`.
 */
export const scrollRestoration: SinkFamily = {
  id: 'scroll-restoration',
  description: "React Router's and Remix's `<ScrollRestoration>` (sessionStorage `react-router-scroll-positions` or `storageKey`; Remix: `positions`)",
  storage: 'sessionStorage',
  noun: 'key',
  browser: true,
  triggers: ['ScrollRestoration'],
  sinks: [
    { kind: 'element', component: importedFrom(['react-router', 'react-router-dom'], 'ScrollRestoration'), nameProp: 'storageKey', defaultName: 'react-router-scroll-positions' },
    { kind: 'element', component: importedFrom('@remix-run/react', 'ScrollRestoration'), defaultName: 'positions' },
  ],
};
