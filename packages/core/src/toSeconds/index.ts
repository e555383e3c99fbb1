export { DURATION_UNITS, SECONDS_PER_UNIT, getDurationAmount, toSeconds } from './toSeconds.js';
export { describeApproximateSeconds, describeDuration, describeSeconds } from './describeLifetime.js';
