import { anyOf, importedFrom, memberOf } from './shapes.js';
import type { ElementSink, SinkFamily } from './types.js';

const REACT = 'flowise-embed-react';
const chat = anyOf([importedFrom(REACT, 'FullPageChat'), importedFrom(REACT, 'BubbleChat')]);
const elementSinks: ElementSink[] = [
  { kind: 'element', component: chat, nameProp: 'chatflowid', nameAround: { prefix: '', suffix: '_EXTERNAL' } },
  { kind: 'element', component: chat, defaultName: 'chatInputHistory' },
];

/**
 * Flowise's chat embed: `<FullPageChat chatflowid>` and `<BubbleChat chatflowid>` of
 * flowise-embed-react (and `Chatbot.init({ chatflowid })` of flowise-embed) keep the chat's
 * session in localStorage `<chatflowid>_EXTERNAL` and the input history in `chatInputHistory`.
 */
export const flowiseEmbed: SinkFamily = {
  id: 'flowise-embed',
  description: "Flowise's chat embed (`<FullPageChat chatflowid>`, `<BubbleChat chatflowid>`, `Chatbot.init({ chatflowid })`: localStorage `<chatflowid>_EXTERNAL`, `chatInputHistory`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['flowise-embed'],
  sinks: [
    ...elementSinks,
    {
      kind: 'config',
      callee: memberOf(anyOf([importedFrom('flowise-embed', 'default'), importedFrom('flowise-embed/dist/web', 'default')]), 'init'),
      argument: 0,
      nameKeys: ['chatflowid'],
      nameSuffixes: ['_EXTERNAL'],
    },
    { kind: 'fixed', callee: memberOf(anyOf([importedFrom('flowise-embed', 'default'), importedFrom('flowise-embed/dist/web', 'default')]), 'init'), names: ['chatInputHistory'] },
  ],
};
