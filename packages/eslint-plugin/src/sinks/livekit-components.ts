import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const COMPONENTS = '@livekit/components-react';
// `${cssPrefix}-user-choices`, with the prefix `lk` (components-core's persistent-storage/user-choices.ts).
const USER_CHOICES = 'lk-user-choices';

/**
 * LiveKit's React components keep the user's microphone and camera choices (devices, enabled,
 * name) in localStorage under `lk-user-choices`: `<PreJoin>` unless `persistUserChoices={false}`,
 * `<ControlBar>` unless `saveUserChoices={false}`, and `<VideoConference>`, which renders a
 * `<ControlBar>` with its default. Checked in @livekit/components-react 2.9.20 (components-core 0.12.13).
 */
export const livekitComponents: SinkFamily = {
  id: '@livekit/components-react',
  description: "LiveKit's React components (`<PreJoin>`, `<ControlBar>`, `<VideoConference>`: localStorage `lk-user-choices`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: [COMPONENTS],
  sinks: [
    { kind: 'element', component: importedFrom(COMPONENTS, 'PreJoin'), defaultName: USER_CHOICES, offWhen: { key: 'persistUserChoices', value: false } },
    { kind: 'element', component: importedFrom(COMPONENTS, 'ControlBar'), defaultName: USER_CHOICES, offWhen: { key: 'saveUserChoices', value: false } },
    { kind: 'element', component: importedFrom(COMPONENTS, 'VideoConference'), defaultName: USER_CHOICES },
  ],
};
