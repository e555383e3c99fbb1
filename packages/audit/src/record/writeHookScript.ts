/** The function the page calls for each write; exposed to every frame of the context. */
export const WRITE_BINDING = '__cookieLedgerWrite';

/** A write the page made, as the hook reports it. */
export interface PageWrite {
  readonly storage: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
  readonly name: string;
  /** The script behind the write: the URL of the innermost stack frame that has one, else the document's. */
  readonly initiator: string;
}

/**
 * Runs in every document before its own scripts: wraps the `document.cookie` setter,
 * `Storage.prototype.setItem` and `indexedDB.open` so that each write reports its name and the
 * script that made it, then writes as before. A string, because it runs in the page, not in Node.
 */
export const WRITE_HOOK_SCRIPT = `(() => {
  const binding = ${JSON.stringify(WRITE_BINDING)};
  const frameUrl = /((?:https?|file):\\/\\/[^\\s()]+?)(?::\\d+){1,2}\\)?\\s*$/;
  const report = (storage, name) => {
    const lines = (new Error().stack || '').split('\\n').slice(1);
    const frame = lines.map((line) => frameUrl.exec(line)).find(Boolean);
    const write = { storage, name, initiator: frame ? frame[1] : location.href };
    try { globalThis[binding](write); } catch { /* the binding is not installed in this document */ }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() { return cookie.get.call(this); },
      set(value) {
        const text = String(value);
        const equals = text.indexOf('=');
        report('cookie', equals < 0 ? '' : text.slice(0, equals).trim());
        cookie.set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let local = false;
    try { local = this === globalThis.localStorage; } catch { /* storage denied in this document */ }
    report(local ? 'localStorage' : 'sessionStorage', String(key));
    return setItem.call(this, key, value);
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    report('indexedDB', String(name));
    return open.call(this, name, ...rest);
  };
})();`;
