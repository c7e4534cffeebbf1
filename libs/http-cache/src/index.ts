export * from './etag';
export * from './prebuilt-response';
