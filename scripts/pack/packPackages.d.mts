/** The repository's root. */
export declare const root: string;
/** The published packages, by folder under packages/. */
export declare const PUBLISHED: readonly string[];
/** Where packed tarballs and the end-to-end tests' package-manager caches are kept. */
export declare const cacheRoot: string;
/** The packed tarball of each published package, by package name, packing them when this build has not been packed yet. */
export declare function packPackages(): Record<string, string>;
