import { anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

const BROWSER = importedFrom('@segment/analytics-next', 'AnalyticsBrowser');
// `AnalyticsBrowser.load(settings, options)`, `new AnalyticsBrowser().load(...)`, `AnalyticsBrowser.standalone(writeKey, options)`.
const LOAD = anyOf([memberOf(BROWSER, 'load'), memberOf(callOf(BROWSER), 'load'), memberOf(BROWSER, 'standalone')]);

// The ids go to localStorage and a cookie alike; traits and group properties to localStorage only.
const load = (suffixes: readonly string[]): ConfigSink => ({
  kind: 'config',
  callee: LOAD,
  argument: 1,
  nameKeys: [],
  defaultName: 'ajs_',
  nameSuffixes: suffixes,
  offWhen: { key: 'disableClientPersistence', value: true },
});

const TRIGGERS = ['@segment/analytics-next'];

/**
 * Segment's Analytics.js (@segment/analytics-next): loading it keeps `ajs_anonymous_id` (and,
 * once the app identifies a user or group, `ajs_user_id` and `ajs_group_id`) in a cookie and in
 * localStorage, unless `disableClientPersistence: true`. The keys its `user` and `group` options
 * may rename are not read.
 */
export const segment: SinkFamily = {
  id: '@segment/analytics-next',
  description: 'Segment (`AnalyticsBrowser.load({ writeKey })`: cookies `ajs_anonymous_id`, `ajs_user_id`, `ajs_group_id`)',
  browser: true,
  triggers: TRIGGERS,
  sinks: [load(['anonymous_id', 'user_id', 'group_id'])],
};

/** The localStorage half of Segment: the same ids, with `ajs_user_traits` and `ajs_group_properties`. */
export const segmentStorage: SinkFamily = {
  id: '@segment/analytics-next-storage',
  description: "Segment's localStorage (`AnalyticsBrowser.load({ writeKey })`: `ajs_anonymous_id`, `ajs_user_id`, `ajs_user_traits`, `ajs_group_id`, `ajs_group_properties`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: TRIGGERS,
  sinks: [load(['anonymous_id', 'user_id', 'user_traits', 'group_id', 'group_properties'])],
};
