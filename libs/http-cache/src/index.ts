export * from './etag';
export * from './prebuilt-response';
export * from './versioned-cache';
