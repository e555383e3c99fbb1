import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const JOY_PROVIDER = importedFrom(['@mui/joy', '@mui/joy/styles'], 'CssVarsProvider');

/**
 * next-themes: `<ThemeProvider storageKey>` keeps the chosen theme in localStorage, default
 * `theme`, when the app sets it (`useTheme().setTheme`; checked in 0.3.0 and 0.4.6): a project
 * that never calls `useTheme` only reads it.
 */
export const nextThemes: SinkFamily = {
  id: 'next-themes',
  description: 'next-themes (`<ThemeProvider storageKey>`, localStorage, default `theme`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['next-themes'],
  sinks: [{ kind: 'element', component: importedFrom('next-themes', 'ThemeProvider'), nameProp: 'storageKey', defaultName: 'theme', storesOnlyThrough: { module: 'next-themes', names: ['useTheme'] } }],
};

/** mode-watcher (Svelte): `<ModeWatcher modeStorageKey>` keeps the light/dark mode in localStorage, default `mode-watcher-mode`. */
export const modeWatcher: SinkFamily = {
  id: 'mode-watcher',
  description: 'mode-watcher (`<ModeWatcher modeStorageKey>`, localStorage, default `mode-watcher-mode`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['mode-watcher'],
  sinks: [{ kind: 'element', component: importedFrom('mode-watcher', 'ModeWatcher'), nameProp: 'modeStorageKey', defaultName: 'mode-watcher-mode' }],
};

const MANTINE_DEFAULT_KEY = 'mantine-color-scheme-value';

/**
 * Mantine (v7 and later): `<MantineProvider>` keeps the color scheme in localStorage under
 * `mantine-color-scheme-value`, or under the key of `localStorageColorSchemeManager({ key })`;
 * a provider given any `colorSchemeManager` stores through that manager instead, and one given
 * `forceColorScheme` never stores (its setter returns early; checked in 9.8.1). It stores only
 * when the app sets the scheme (`useMantineColorScheme().setColorScheme`, checked in 7.17.0).
 */
export const mantineColorScheme: SinkFamily = {
  id: 'mantine-color-scheme',
  description: `Mantine's color scheme (\`<MantineProvider>\`, \`localStorageColorSchemeManager({ key })\`, default \`${MANTINE_DEFAULT_KEY}\`)`,
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  // Mantine 6 and earlier store no color scheme: the app keeps it (`ColorSchemeProvider`).
  versions: { package: '@mantine/core', majors: [7, 8, 9, 10], assumed: true },
  triggers: ['@mantine/core'],
  sinks: [
    {
      kind: 'element',
      component: importedFrom('@mantine/core', 'MantineProvider'),
      defaultName: MANTINE_DEFAULT_KEY,
      unlessProp: ['colorSchemeManager', 'forceColorScheme'],
      storesOnlyThrough: { module: '@mantine/core', names: ['useMantineColorScheme'] },
    },
    { kind: 'config', callee: importedFrom('@mantine/core', 'localStorageColorSchemeManager'), argument: 0, nameKeys: ['key'], defaultName: MANTINE_DEFAULT_KEY },
  ],
};

/**
 * MUI Joy (checked in @mui/joy 5.0.0-beta.52 with @mui/system 5.16.7): `<CssVarsProvider>` keeps
 * the mode under `modeStorageKey` (default `joy-mode`) and the light and dark color schemes under
 * `<colorSchemeStorageKey>-light` and `-dark` (default `joy-color-scheme`), all three written on
 * the first visit.
 */
export const muiJoyColorScheme: SinkFamily = {
  id: 'mui-joy-color-scheme',
  description: 'MUI Joy (`<CssVarsProvider modeStorageKey colorSchemeStorageKey>`, localStorage, defaults `joy-mode`, `joy-color-scheme-light` and `-dark`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@mui/joy'],
  sinks: [
    { kind: 'element', component: JOY_PROVIDER, nameProp: 'modeStorageKey', defaultName: 'joy-mode' },
    { kind: 'element', component: JOY_PROVIDER, nameProp: 'colorSchemeStorageKey', defaultName: 'joy-color-scheme-light', nameAround: [{ prefix: '', suffix: '-light' }, { prefix: '', suffix: '-dark' }] },
    { kind: 'element', component: JOY_PROVIDER, nameProp: 'colorSchemeStorageKey', defaultName: 'joy-color-scheme-dark', unlessProp: 'colorSchemeStorageKey' },
  ],
};
