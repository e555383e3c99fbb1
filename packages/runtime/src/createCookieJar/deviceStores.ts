/// <reference lib="dom" />
import type { ResolvedCookie } from '@cookie-ledger/core';
import { formatSetCookie } from '../cookie/formatSetCookie.js';

/** The storage kinds a jar writes to (IndexedDB holds databases, not values under a name). */
export const JAR_STORAGES = ['cookie', 'localStorage', 'sessionStorage'] as const;

/** One storage kind of the browser, read and written by name. */
export interface DeviceStore {
  read(name: string): string | undefined;
  write(declaration: ResolvedCookie, name: string, value: string): void;
  remove(declaration: ResolvedCookie, name: string): void;
  /** The names present now. */
  names(): string[];
}

const cookieStore: DeviceStore = {
  read(name) {
    const entry = cookieEntries().find(([key]) => key === name);
    return entry && decodeURIComponent(entry[1]);
  },
  write(declaration, name, value) {
    if (declaration.attributes?.httpOnly) {
      throw new Error(`"${name}" is declared httpOnly: a script in the page cannot set it. Set it from the server with serializeCookie.`);
    }
    document.cookie = formatSetCookie(declaration, name, value);
  },
  remove(declaration, name) {
    document.cookie = formatSetCookie(declaration, name, '', true);
  },
  names: () => cookieEntries().map(([key]) => key),
};

function cookieEntries(): [string, string][] {
  return document.cookie
    .split('; ')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      return [pair.slice(0, equals), pair.slice(equals + 1)];
    });
}

function webStore(kind: 'localStorage' | 'sessionStorage'): DeviceStore {
  return {
    read: (name) => globalThis[kind].getItem(name) ?? undefined,
    write: (_, name, value) => globalThis[kind].setItem(name, value),
    remove: (_, name) => globalThis[kind].removeItem(name),
    names: () => Object.keys(globalThis[kind]),
  };
}

/** The store of each kind a jar writes to. Touching the browser only when called lets a jar be made during server rendering. */
export const DEVICE_STORES: Readonly<Record<(typeof JAR_STORAGES)[number], DeviceStore>> = {
  cookie: cookieStore,
  localStorage: webStore('localStorage'),
  sessionStorage: webStore('sessionStorage'),
};
