/** Types of `chrome-path.mjs`, for the TypeScript tests that drive Chromium. */
export declare const chromeArgs: readonly string[];
export declare function resolveChromePath(): Promise<string>;
