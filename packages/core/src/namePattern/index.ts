export { createNameMatcher, type NameMatcher } from './createNameMatcher.js';
export {
  getNamePatternProblem,
  getPatternSpecificity,
  matchesName,
  parseNamePattern,
  type NamePatternProblem,
  type ParsedNamePattern,
} from './parseNamePattern.js';
