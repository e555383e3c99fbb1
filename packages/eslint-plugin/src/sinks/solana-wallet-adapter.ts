import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Solana's wallet adapter for React: `<WalletProvider localStorageKey>` keeps the chosen wallet's
 * name in localStorage under `localStorageKey`, `walletName` by default. Checked in
 * @solana/wallet-adapter-react 0.15.39.
 */
export const solanaWalletAdapter: SinkFamily = {
  id: '@solana/wallet-adapter-react',
  description: "@solana/wallet-adapter-react (`<WalletProvider localStorageKey>`: localStorage `walletName` by default)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@solana/wallet-adapter-react'],
  sinks: [{ kind: 'element', component: importedFrom('@solana/wallet-adapter-react', 'WalletProvider'), nameProp: 'localStorageKey', defaultName: 'walletName' }],
};
