import { anyOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Bull Board: `createBullBoard({ queues, serverAdapter })` (or NestJS's `BullBoardModule.forRoot`)
 * serves a dashboard whose page keeps its settings in localStorage `board-settings` and, in
 * @bull-board/ui 9, its menu and overview state under `bull-board:*`. Reported at the server's
 * configuring call, the only place the code names the dashboard.
 */
export const bullBoard: SinkFamily = {
  id: 'bull-board',
  description: "Bull Board (`createBullBoard(...)`, `BullBoardModule.forRoot(...)`: its dashboard's localStorage `board-settings`, `bull-board:*`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@bull-board/'],
  sinks: [
    {
      kind: 'fixed',
      callee: anyOf([importedFrom('@bull-board/api', 'createBullBoard'), memberOf(importedFrom('@bull-board/nestjs', 'BullBoardModule'), 'forRoot')]),
      names: ['board-settings'],
      patterns: [{ prefix: 'bull-board:', suffix: '' }],
    },
  ],
};
