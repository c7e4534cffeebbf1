// parquet-wasm names its Node build only in `exports` (`parquet-wasm/node`), which this workspace's module
// resolution (node10) does not read; its types are those of the file behind it.
declare module 'parquet-wasm/node' {
  export * from 'parquet-wasm/node/parquet_wasm';
}
