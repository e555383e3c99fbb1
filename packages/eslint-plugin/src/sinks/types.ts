import type { CookieAttributes, StorageKind } from '@cookie-ledger/core';

/**
 * The vocabulary of the sink catalogue. A family (one file in this folder) is data: where the
 * callee comes from (an import, a DOM global, a parameter of a framework handler, a typed
 * parameter), where the cookie name and the options sit, and the units of the lifetime options.
 * The matcher in `../writes/matchValue.ts` interprets these shapes; adding a family never touches
 * a rule.
 */

/** How a JavaScript value is obtained, as far as a rule can see without running the code. */
export type ValueSpec =
  /** A browser global, also reached through `window.`, `globalThis.` or `self.`, and never shadowed by a local binding. */
  | { readonly kind: 'global'; readonly name: string }
  /**
   * A binding imported from a module: `export` is `'default'`, `'*'` (the namespace, or
   * `require(module)`), or a named export. `module` is a package specifier, or a resolved
   * absolute path for a project's own wrappers (see `settings['cookie-ledger'].sinks`).
   */
  | { readonly kind: 'import'; readonly module: string; readonly export: string }
  /**
   * The result of calling (or `new`-ing, or awaiting the call of) a value; with `withArgument`,
   * only a call one of whose arguments is such a value (`i18next.use(LanguageDetector)`).
   */
  | { readonly kind: 'call'; readonly callee: ValueSpec; readonly withArgument?: ValueSpec }
  /** A property of a value: `object.property`, or a destructured `{ property }`. `'*'` is any property. */
  | { readonly kind: 'member'; readonly object: ValueSpec; readonly property: string }
  /** An element of an array value: `const [, setCookie] = useCookies()`. */
  | { readonly kind: 'element'; readonly of: ValueSpec; readonly index: number }
  /**
   * A parameter of a function passed to a call of `callee` (a framework handler):
   * `app.get('/', (req, res) => ...)`. `indexByArity` overrides the index for functions with
   * that many parameters (Express error handlers take `(err, req, res, next)`).
   */
  | {
      readonly kind: 'param';
      readonly callee: ValueSpec;
      readonly index: number;
      readonly indexByArity?: Readonly<Record<number, number>>;
    }
  /**
   * A parameter of a function exported under one of `exports` (or a method of an exported
   * object of that name, such as SvelteKit's `actions`) from a file whose path matches `file`.
   */
  | { readonly kind: 'routeParam'; readonly file: RegExp; readonly exports: readonly string[]; readonly index: number }
  /**
   * A value whose declared type is a type imported from `module` (a parameter or property
   * annotation, an Angular `inject(Type)`, or a parameter property).
   */
  | { readonly kind: 'typed'; readonly module: string; readonly names: readonly string[] }
  /**
   * A function a framework makes available without an import statement (Nuxt's auto-imports): an
   * unbound identifier `name`, matched only in files whose nearest package.json lists the
   * `framework` package in its dependencies or devDependencies.
   */
  | { readonly kind: 'autoImport'; readonly name: string; readonly framework: string }
  /**
   * An AngularJS service injected under `name`: a parameter of that name (`function (localStorageService)`,
   * also kept on `this` by a class), matched only in projects whose sources name the AngularJS module
   * `module` that provides it (`angular.module('app', ['LocalStorageModule'])`).
   */
  | { readonly kind: 'injected'; readonly name: string; readonly module: string }
  /** Any of these. */
  | { readonly kind: 'anyOf'; readonly options: readonly ValueSpec[] }
  /** Any value at all (used under a distinctive property name, such as vue-cookies' `$cookies`). */
  | { readonly kind: 'any' };

/** The unit of a numeric lifetime option, as each library reads it. */
/**
 * `date`: a Date object; `epoch-milliseconds`: a timestamp; `vue-cookies`: seconds or a duration
 * string such as `'7d'`; `tiny-cookie`: days, a Date, or a duration string such as `'1M'` (months)
 * or `'30m'` (minutes).
 */
export type LifetimeUnit = 'milliseconds' | 'seconds' | 'days' | 'date' | 'epoch-milliseconds' | 'vue-cookies' | 'tiny-cookie';

/** Where the options of a write sit, and how their lifetimes are counted. */
export interface OptionsSpec {
  /** The argument holding an options object. */
  readonly argument?: number;
  /** Overrides `argument` for calls with that many arguments (tiny-cookie's `set(name, value, encoder, options)`). */
  readonly argumentByArity?: Readonly<Record<number, number>>;
  /** For positional APIs (ngx-cookie-service, vue-cookies): the option each argument from `argument` on holds. */
  readonly positional?: readonly string[];
  /** Options sit in the same object as the name (`store.set({ name, value, maxAge })`). */
  readonly sameObjectAsName?: boolean;
  /** The key of a nested cookie-options object in a configuration object (`session({ cookie: {...} })`). */
  readonly nestedKey?: string;
  /** The unit of each lifetime key, e.g. `{ maxAge: 'milliseconds', expires: 'days' }`. The first key written wins. */
  readonly units: Readonly<Record<string, LifetimeUnit>>;
  /**
   * The attributes the library sets when an option is left out (express-session's `httpOnly:
   * true`). A flag (`httpOnly`, `secure`, `partitioned`) left out and not listed here is off;
   * `sameSite`, `domain` and `path` left out and not listed here are not compared.
   */
  readonly defaults?: CookieAttributes;
}

/** Known text a library puts before and after a name, or around an unknown part of it. */
export interface Around {
  readonly prefix: string;
  readonly suffix: string;
  /** After the suffix, the library adds text known only at run time (frappe-ui's `doc:<doctype>/<name>`). */
  readonly rest?: boolean;
}

/** An option (or a component's prop) set to this literal: `{ key: 'cacheLocation', value: 'localstorage' }`. */
export interface OptionIs {
  readonly key: string;
  readonly value: string | boolean;
}

/** Where the cookie name of a call sits. */
export interface NameSpec {
  /** The argument holding the name (a string), or an object with `objectKey`. */
  readonly argument: number;
  /** When the argument is an object literal, the key holding the name (`{ name: 'x', value }`). */
  readonly objectKey?: string;
  /** The argument is an array of `[name, value]` pairs, each a write (idb-keyval's `setMany`). */
  readonly pairs?: boolean;
  /** The argument is an array of objects, each a write named by this key (unstorage's `setItems([{ key, value }])`). */
  readonly itemKey?: string;
  /** Text the library puts around the argument to make the name (posthog's `ph_<token>_posthog`); a list makes one name each (Intercom's cookies). */
  readonly around?: Around | readonly Around[];
  /** The library lowercases the argument before putting `around` it (ngx-webstorage's keys). */
  readonly lowercase?: boolean;
  /** A prefix the app sets once for the whole project, read from its sources (angular-local-storage's `setPrefix`). */
  readonly configuredPrefix?: ConfiguredPrefix;
}

/**
 * A prefix set by a call the app makes once, in any of its files
 * (`localStorageServiceProvider.setPrefix('portainer')`): the first such call's text, followed by
 * `separator` unless empty; `fallback` (separator included) when no file makes one; unknown when its
 * argument is not a string literal.
 */
export interface ConfiguredPrefix {
  /** The object the call is made on, as the app names it (AngularJS injects the provider by this name). */
  readonly object: string;
  readonly method: string;
  readonly separator: string;
  readonly fallback: string;
}

/**
 * What a written name is in its storage, for messages: a key of a key-value store (`'key'`), the
 * name of a database (`'database name'`), or `'name'` when a wrapper's meaning is not known.
 */
export type NameNoun = 'key' | 'database name' | 'name';

/** A value a call may pass as its storage, and the kind of storage it means. */
export type StorageChoice =
  /** A value, such as the `sessionStorage` global. */
  | { readonly value: ValueSpec; readonly storage: StorageKind }
  /** A string, such as svelte-persisted-store's `'session'`. */
  | { readonly text: string; readonly storage: StorageKind };

/**
 * For APIs that let each call choose its storage (VueUse's `useStorage(key, v, sessionStorage)`):
 * where the storage sits and what each value means. Left out, or not one of `choices` (a custom
 * storage object the rule cannot identify), the write keeps the default kind: `default`, else the
 * family's `storage`, or `frameworkDefault`'s in that framework's projects.
 */
export interface StorageSwitch {
  /** The argument holding the storage, or an options object holding it under `optionKey`. Absent for sinks that read their own options object. */
  readonly argument?: number;
  /** The key of an options object holding the storage (`{ storage: 'session' }`). */
  readonly optionKey?: string;
  readonly choices: readonly StorageChoice[];
  /** Texts that choose to keep nothing at all (posthog's `persistence: 'memory'`): then there is no write. */
  readonly none?: readonly string[];
  /** The kind when the call does not choose. Default: the family's `storage` (`useSessionStorage` in a family of localStorage hooks says `sessionStorage`). */
  readonly default?: StorageKind;
  /** The storage sits under this key of an object given there: Angular's provider form `storage: { useValue: localStorage }`. */
  readonly valueKey?: string;
  /** A wrapper whose first argument is a function returning the storage: `createJSONStorage(() => sessionStorage)`. */
  readonly factory?: ValueSpec;
  /** A framework whose integration changes the default (pinia-plugin-persistedstate's Nuxt module keeps stores in cookies). */
  readonly frameworkDefault?: { readonly framework: string; readonly storage: StorageKind };
}

/** A companion cookie written next to the named one (a signature), and when. */
export interface CompanionSpec {
  readonly suffix: string;
  /** The option that controls it and its default: written unless the option is set to `false` (`default: true`), or only when set to `true`. */
  readonly option: string;
  readonly default: boolean;
}

/** A call that writes a cookie whose name is an argument: `Cookies.set(name, value, attrs)`. */
export interface CallSink {
  readonly kind: 'call';
  readonly callee: ValueSpec;
  readonly name: NameSpec;
  /** The instance the method is called on was made by factories that choose its storage and put text before each key (unstorage). */
  readonly keyedByFactory?: KeyedByFactory;
  /** The instance the method is called on was made by a builder's chain of calls that choose its storage and the text before each key (@nextcloud/browser-storage). */
  readonly builtBy?: BuilderChain;
  readonly options?: OptionsSpec;
  /** The argument holding the value: a call whose value is missing, `null`, `undefined` or `''` deletes (Koa). */
  readonly deletesWithoutValue?: number;
  /**
   * The argument holding the value: a value read from another name of the same storage
   * (`localStorage.getItem(key)`) and copied into a name the code itself reads is a migration,
   * no new item; a copy to a name nothing reads is one.
   */
  readonly copiesRead?: number;
  /**
   * The call may only reopen what another call creates (`indexedDB.open(name)` with no version):
   * when it gives no argument at `versionArgument`, handles no `upgradeneeded` and its function
   * stores no record (`put`, `add`), it reads, removes or clears, and is no write.
   */
  readonly reopens?: { readonly versionArgument: number; readonly recordMethods: readonly string[] };
  /** The call is a write only with at least this many arguments, the second not a function (jquery.cookie reads otherwise). */
  readonly minArguments?: number;
  readonly companions?: readonly CompanionSpec[];
  /** The sink is a constructor called with `new` (`new Dexie(name)`), or the `super(name)` call of a class extending it. */
  readonly constructs?: boolean;
  /** Each call chooses its storage (overrides the family's `storage`). */
  readonly storage?: StorageSwitch;
  /** What the name is, when it differs from the family's `noun` (idb-keyval's `createStore` names a database). */
  readonly noun?: NameNoun;
  /**
   * The name and options are arguments of the call that made the receiver, not of this call:
   * `callee` is `memberOf(callOf(factory), method)`, and React Router's `cookie.serialize(value)`
   * writes the cookie that `createCookie(name, options)` named. The write is reported at this call.
   * The call's own options (`serialize(value, options)`, at `ownOptionsArgument`) override the
   * factory's: deleting ones (`{ maxAge: 0 }`) make the call no write, any others leave the
   * written attributes unknown.
   */
  readonly namedByFactory?: { readonly ownOptionsArgument?: number };
  /**
   * With this option of the options argument set to this literal, the call only writes when the
   * reactive value it returns is assigned (VueUse's `{ writeDefaults: false }`): a call whose
   * `.value` is only read (`useLocalStorage(key, d, { writeDefaults: false }).value`) writes nothing.
   */
  readonly writesOnAssignmentWhen?: { readonly argument: number; readonly key: string; readonly value: boolean };
  /**
   * The call writes only when the reactive value it returns is assigned, unless the argument at
   * `argument` is given (not `null` or `undefined`: VueUse's `useStorage(key)` stores a default only
   * when it has one) or, with `key`, is options that set `key` (Nuxt's `useCookie(name)` without
   * `default`: a ref only read never becomes a `Set-Cookie`). What the rules cannot read counts as given.
   */
  readonly writesOnAssignmentUnless?: { readonly argument: number; readonly key?: string };
  /** The call stores nothing with this option of the options argument set to this literal (Nuxt's `useCookie(name, { readonly: true })`). */
  readonly offWhen?: { readonly argument: number; readonly key: string; readonly value: boolean };
  /**
   * The call writes only through the setter at this index of the array it returns (react-use-cookie's
   * `const [value, setValue] = useCookie(name)`): a call whose result is destructured without that
   * element (`const [mode] = useCookie('mode')`) only reads.
   */
  readonly writesThroughElement?: number;
}

/** A call that makes an object naming a cookie (`createCookie(name, options)`), where a configuration takes one. */
export interface FactorySpec {
  readonly callee: ValueSpec;
  readonly name: NameSpec;
  readonly options?: OptionsSpec;
}

/**
 * How the factories that made an instance decide where it stores and what comes before each key:
 * unstorage's `prefixStorage(createStorage({ driver: localStorageDriver({ base: 'app' }) }), 'docs')`
 * stores `setItem('a/b')` in localStorage as `app:docs:a:b`. An instance whose root factory is given
 * none of `drivers` (unstorage's memory default) keeps nothing in the browser.
 */
export interface KeyedByFactory {
  /** Factories that wrap an instance under a prefix (`prefixStorage(storage, 'docs')`). */
  readonly wrappers: readonly { readonly callee: ValueSpec; readonly instanceArgument: number; readonly prefixArgument: number }[];
  /** The factory of the root instance and the key of its options object holding the driver (`createStorage({ driver })`). */
  readonly root: { readonly callee: ValueSpec; readonly argument: number; readonly driverKey: string };
  /** The drivers that store in the browser: where, and the key of their options naming the first prefix (`base`). */
  readonly drivers: readonly { readonly callee: ValueSpec; readonly storage: StorageKind; readonly baseKey: string }[];
  /** What joins prefixes and key (`:`); the library turns `/` and `\` into it and trims it from the ends of each part. */
  readonly separator: string;
}

/**
 * How a builder made an instance: `getBuilder('memories').clearOnLogout().persist().build()` of
 * @nextcloud/browser-storage. The chain starts at a call of `root`, goes through methods that turn
 * a setting on (`persist()`, off with `persist(false)`), and ends with `build()`.
 */
export interface BuilderChain {
  /** The call that starts the chain, and the argument that names the instance's scope. */
  readonly root: { readonly callee: ValueSpec; readonly scopeArgument: number };
  /** The method that ends the chain and gives the instance. */
  readonly build: string;
  /** The methods along the chain that turn a setting on. */
  readonly settings: readonly string[];
  /** Where an instance with these settings on stores, and the text before each key given the scope's text (unknown when the scope is not known in full). */
  readonly describe: (on: ReadonlySet<string>, scope: string | undefined) => { readonly storage: StorageKind; readonly prefix: readonly (string | null)[] };
}

/** A call whose options object names the cookie, with a default name (express-session, cookie-session). */
export interface ConfigSink {
  readonly kind: 'config';
  readonly callee: ValueSpec;
  /** The argument holding the configuration object. */
  readonly argument: number;
  /** The callee is a class, configured when `new`-ed (tus-js-client's `new Upload(file, options)`). */
  readonly constructs?: boolean;
  /** The keys that may hold the name, in order of precedence (express-session honours `name`, then `key`). */
  readonly nameKeys: readonly string[];
  /** Set when the name sits in a nested object (`createCookieSessionStorage({ cookie: { name } })`); `true` there means its defaults (csurf's `cookie: true`). */
  readonly nestedKey?: string;
  /**
   * Set when the name sits one level further down, under this key of the `nestedKey` object
   * (`i18n: { detectBrowserLanguage: { cookieKey } }` in `nuxt.config`): left out, the defaults
   * apply; anything but an object there (`detectBrowserLanguage: false`) stores nothing.
   */
  readonly innerKey?: string;
  /** The configuration writes only when it has `nestedKey` (a Nuxt module's options in `nuxt.config`); otherwise the default name is written. */
  readonly onlyWithNested?: boolean;
  /** A name left to its default is reported at the `nestedKey` property (at `innerKey` when it is there), not at the call: the call is a whole configuration file (`defineNuxtConfig`). */
  readonly reportAtNested?: boolean;
  /** The nested value may instead be an object made by this factory (`{ cookie: createCookie(name, options) }`), whose arguments name the cookie. */
  readonly nestedFactory?: FactorySpec;
  /** The name when the configuration gives none; without one, such a name is unknown. */
  readonly defaultName?: string;
  /** The default name when part of it is only known at run time: `prefix`, something, `suffix` (supabase's `sb-<project>-auth-token`). */
  readonly defaultPattern?: Around;
  /**
   * The default name is another argument of the call with text around it (mixpanel's
   * `<token>_mixpanel`, after `namePrefix`), or one name per surrounding; `firstCharacters` cuts
   * the argument first (Amplitude's `AMP_<first 10 characters of apiKey>`).
   */
  readonly defaultFromArgument?: { readonly argument: number; readonly around: Around | readonly Around[]; readonly firstCharacters?: number };
  /** The configuration stores nothing when `key` is this literal (supabase's `persistSession: false`). */
  readonly offWhen?: { readonly key: string; readonly value: boolean };
  /** The configuration stores only when `key` is this literal (auth0-spa-js's `cacheLocation: 'localstorage'`). */
  readonly onlyWhen?: OptionIs;
  /** The call configures the library only when the argument at `index` is `value` (Fastify's `app.register(fastifySession, options)`). */
  readonly onlyWithArgument?: { readonly index: number; readonly value: ValueSpec };
  /** The configuration stores nothing when `key` is an array literal of strings without `value` (Paraglide's `strategy: ['url', 'baseLocale']`). */
  readonly offUnlessListed?: { readonly key: string; readonly value: string };
  /**
   * The option (`key`) holding the functions the library writes through (@supabase/ssr's
   * `cookies: { get, set, remove }` or `{ getAll, setAll }`): the writes inside them are the
   * library's, named at the configuring call, which writes only when one of `writers` is there.
   */
  readonly callbacks?: { readonly key: string; readonly writers: readonly string[] };
  /** The configuration stores only when `key` is an array literal listing `value` (i18next's detector caches in a cookie with `caches: ['cookie']`). */
  readonly onlyWhenListed?: { readonly key: string; readonly value: string };
  /** The configuration stores nothing without this key (TanStack Query's persisters given no `storage`). */
  readonly requiredKey?: string;
  /** Text the library puts before the configured name (redux-persist's `persist:`). */
  readonly namePrefix?: string;
  /** The configuration stores nothing unless it names the item (frappe-ui's `createResource({ cache })`). */
  readonly onlyWithName?: boolean;
  /**
   * The stored name is the JSON text of an array: a configured string `'x'` is stored as
   * `["x"]`, an array as its JSON (frappe-ui's `cache: ['Meta', doctype]`). With `elementKeys`,
   * the array is made of those keys' values instead (`createDocumentResource({ doctype, name })`
   * stores under `[doctype, name]`). `leading` are strings the library puts first (frappe-ui's
   * `useCall({ cacheKey: 'apps' })` stores under `["useCall","apps"]`).
   */
  readonly jsonArrayName?: { readonly elementKeys?: readonly string[]; readonly leading?: readonly string[] };
  /**
   * The stored name is these keys' values joined by `separator` (frappe-ui's `useDoc({ doctype, name })`
   * keeps `doc:<doctype>/<name>`, after `namePrefix`); a key left out is unknown. Reported at the first key.
   */
  readonly joinedKeys?: { readonly keys: readonly string[]; readonly separator: string };
  /**
   * The configuration stores one item per element of the array under `key`, named by the
   * configured name, a separator and the element (redux-localstorage-simple's `states: ['a', 'b']`
   * with `namespace` stores `<namespace>_a` and `<namespace>_b`); without that array, the name alone.
   */
  readonly perElement?: { readonly key: string; readonly separatorKey: string; readonly defaultSeparator: string };
  /**
   * Cookies the library sets under keys of a configuration object that may rename each
   * (next-auth's `cookies: { sessionToken: { name, options } }`): a key given a `name` is
   * written there; the names of the `always` keys left alone are written at the call, together.
   * `optional` keys are written only when renamed (next-auth's `pkceCodeVerifier`, set only by
   * some providers).
   */
  readonly namedCookies?: {
    readonly key: string;
    readonly always: Readonly<Record<string, readonly string[]>>;
    readonly optional: readonly string[];
  };
  /**
   * The library's type for its options (next-auth's `NextAuthOptions`): an object declared with
   * it (`const authOptions: NextAuthOptions = {...}`, `{...} satisfies NextAuthOptions`) is the
   * options wherever the call is, so the cookies it renames are reported where it names them; the
   * call reports the defaults. Read with `namedCookies` only.
   */
  readonly optionsType?: Extract<ValueSpec, { kind: 'typed' }>;
  /** Overrides `argument` for calls with that many arguments (next-auth's `NextAuth(req, res, options)`). */
  readonly argumentByArity?: Readonly<Record<number, number>>;
  /**
   * The configured (or default) name starts each stored name: the library adds this text and a
   * part known only at run time (TanStack Query's `<prefix>-<queryHash>`).
   */
  readonly nameTail?: string;
  /** The configured name is a prefix: the library writes one item per suffix (better-auth's `<cookiePrefix>.session_token`, ...). */
  readonly nameSuffixes?: readonly string[];
  readonly options?: OptionsSpec;
  readonly companions?: readonly CompanionSpec[];
  /** The configuration chooses the storage under `storage.optionKey` (zustand's `storage: createJSONStorage(...)`). */
  readonly storage?: StorageSwitch;
  /** What the name is, when it differs from the family's `noun` (localforage's `createInstance` names a database). */
  readonly noun?: NameNoun;
}

/**
 * A definition that persists its state when an option enables it, under a key that defaults to
 * an argument (pinia-plugin-persistedstate: `defineStore('cart', { ..., persist: true })` stores
 * the state under `cart`; `persist: { key, storage }`; an array of such objects writes each).
 */
export interface PersistOptionSink {
  readonly kind: 'persistOption';
  readonly callee: ValueSpec;
  /** The arguments that may hold the options object: the first object literal among them is read. */
  readonly arguments: readonly number[];
  /** The option enabling persistence: `true`, an options object, or an array of options objects. */
  readonly option: string;
  /** The key of that options object naming the stored entry. */
  readonly nameKey: string;
  /** The argument holding the default name (the store id). */
  readonly defaultNameArgument: number;
  /** When that argument is an options object instead, its key holding the default name (Pinia's `defineStore({ id, persist })`). */
  readonly defaultNameKey?: string;
  /** The storage, read from each options object under `optionKey`. */
  readonly storage?: StorageSwitch;
}

/** A call that writes cookies with fixed names (Next.js draft mode). */
export interface FixedSink {
  readonly kind: 'fixed';
  readonly callee: ValueSpec;
  readonly names: readonly string[];
  /** Names of which only the ends are fixed (gtag's `_ga_<container>`), written beside `names`. */
  readonly patterns?: readonly Around[];
  /** The sink is a constructor called with `new` (workbox's `new ExpirationPlugin()`). */
  readonly constructs?: boolean;
  /** The call is the sink only when one of its arguments is such a value (`app.use(VueGtag, options)`, a Vue plugin installed). */
  readonly withArgument?: ValueSpec;
  /** The names are the library's defaults, kept only by calls that leave out the argument at this index (PocketBase's `authStore`). */
  readonly unlessArgument?: number;
  /** The call stores nothing when the argument at `index` is this literal (loglevel's `setLevel(level, false)`). */
  readonly offWhenArgument?: { readonly index: number; readonly value: string | boolean };
  /**
   * The instance stores only once one of these methods is called on it (PocketBase's `authWithPassword`):
   * one kept in a `const` of a function that calls none of them there stores nothing.
   */
  readonly storesOnceCalled?: readonly string[];
  /** What the names are, when it differs from the family's `noun`. */
  readonly noun?: NameNoun;
}

/** An assignment of a whole cookie string, `name=value; Path=/`, to a property (`document.cookie = ...`). */
export interface AssignmentSink {
  readonly kind: 'assignment';
  readonly object: ValueSpec;
  readonly property: string;
}

/** An assignment to any property of an object, whose key is the name: `localStorage.theme = v`, `localStorage[key] = v`. */
export interface KeyAssignmentSink {
  readonly kind: 'keyAssignment';
  readonly object: ValueSpec;
}

/** A method call that writes a header: `res.setHeader('Set-Cookie', value)`. */
export interface HeaderCallSink {
  readonly kind: 'headerCall';
  readonly callee: ValueSpec;
  readonly headerArgument: number;
  readonly valueArgument: number;
}

/**
 * A call taking a headers object (or an init object with `headers`): `new Headers({...})`,
 * `new Response(body, { headers })`, `res.writeHead(200, {...})`.
 */
export interface HeaderObjectSink {
  readonly kind: 'headerObject';
  readonly callee: ValueSpec;
  readonly argument: number;
  /** The headers sit under this key of the argument (`{ headers: {...} }`). */
  readonly key?: string;
}

/** A function returning a Set-Cookie string: not a write by itself, but names the cookie when its result is written. */
export interface SerializerSink {
  readonly kind: 'serializer';
  readonly callee: ValueSpec;
  readonly name: NameSpec;
  readonly options?: OptionsSpec;
}

/**
 * A component whose rendering stores an item under a name one of its props may give
 * (`<ThemeProvider storageKey="theme">` from next-themes), in JSX or a Svelte template.
 */
export interface ElementSink {
  readonly kind: 'element';
  /** The component, as imported. */
  readonly component: ValueSpec;
  /** The prop naming the item. */
  readonly nameProp?: string;
  /** The prop holds an options object, whose property of this key names the item (`<LogtoProvider config={{ appId }}>`). */
  readonly nameKey?: string;
  /** The name when the prop is left out; without one (and no `defaultPattern`), the element writes nothing then. */
  readonly defaultName?: string;
  /** The names when the prop is left out, when they are many: `prefix`, something, `suffix` (GraphiQL's `graphiql:<key>`). */
  readonly defaultPattern?: Around;
  /** Text the library puts around the prop's value (posthog's `ph_<apiKey>_posthog`); a list makes one name each. */
  readonly nameAround?: Around | readonly Around[];
  /**
   * A prop that hands the component the app's own storage instead of its default one (Mantine's
   * `colorSchemeManager`), or that keeps it from storing (Mantine's `forceColorScheme`): given
   * any of them, it writes nothing of its own.
   */
  readonly unlessProp?: string | readonly string[];
  /** A prop choosing where the item is stored (window-splitter's `autosaveStrategy="cookie"`), its `optionKey` being the prop's name. */
  readonly storage?: StorageSwitch;
  /** The component stores nothing when this prop is this literal (`<Auth0Provider legacySameSiteCookie={false}>`). */
  readonly offWhen?: OptionIs;
  /** The component stores only when this prop is this literal (`<Auth0Provider cacheLocation="localstorage">`). */
  readonly onlyWhen?: OptionIs;
  /**
   * The component stores only when the app changes what it keeps, through one of these exports of
   * `module` (next-themes' `useTheme`, whose `setTheme` writes): in a project whose files never
   * name them beside that module, it only reads.
   */
  readonly storesOnlyThrough?: { readonly module: string; readonly names: readonly string[] };
}

/** One entry of a family. */
export type Sink = ElementSink | CallSink | ConfigSink | PersistOptionSink | FixedSink | AssignmentSink | KeyAssignmentSink | HeaderCallSink | HeaderObjectSink | SerializerSink;

/** A family of cookie or storage APIs: one library or platform feature (reference/sinks.md, sections 1 and 7). */
export interface SinkFamily {
  /** A stable id (`'express'`), used in messages and by later rules. */
  readonly id: string;
  /** What it covers, for people. */
  readonly description: string;
  /** Where its writes store the value. Default: `'cookie'`. */
  readonly storage?: StorageKind;
  /**
   * What the names it writes are, for messages (`'database name'` for `indexedDB.open(name)`,
   * `'key'` for idb-keyval's `set(key)`). Default: `'key'` in Web Storage, `'name'` in IndexedDB.
   */
  readonly noun?: NameNoun;
  /** Its writes run in the browser, which can never set an `HttpOnly` cookie. */
  readonly browser?: boolean;
  /**
   * Each name is stored where the policy declares it, whatever its kind (@cookie-ledger/runtime's
   * jar): a write's storage is that of the declaration its name matches, a cookie when none does.
   */
  readonly storageFromPolicy?: boolean;
  /**
   * Words one of which a file must contain (any case) for any sink of the family to match: a
   * word every call shape of the family includes, such as `cookie` in `res.cookie` or
   * `hono/cookie`. Checked once per file before any walk, so keep them necessary, not merely likely.
   */
  readonly triggers: readonly string[];
  readonly sinks: readonly Sink[];
  /**
   * The family describes these versions of `package` only (next-auth 4 and 5 name their cookies
   * differently): its sinks match in files whose nearest package.json listing the package asks for
   * one of `majors`, or a version from `since` (`[1, 4]`: 1.4 and later) on, or, with `assumed`,
   * that lists no readable version of it.
   */
  readonly versions?: { readonly package: string; readonly majors?: readonly number[]; readonly since?: readonly [major: number, minor: number]; readonly assumed?: boolean };
}
