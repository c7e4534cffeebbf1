import { open, readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { FileManifest } from './file-manifest.types';
import { readManifest } from './file-manifest.schema';
import { FileSourceError } from './file-source.exception';
import { MAX_FILE_BYTES, sha256Of } from './file-text.parser';

export const MANIFEST_SUFFIX = '.manifest.json';

/** A file and the manifest that describes it, as found on disk. */
export interface DescribedFile {
  readonly manifest: FileManifest;
  /** The manifest as written, stored with the file in `source_file`. */
  readonly manifestJson: Readonly<Record<string, unknown>>;
  readonly manifestPath: string;
  readonly filePath: string;
}

/** Every `*.manifest.json` under `root`, sorted; an absent folder holds none. */
export async function findManifests(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(MANIFEST_SUFFIX))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Data files under `root` that no manifest describes: never loaded, so worth a word. */
export async function filesWithoutManifest(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
  return [...names]
    .filter((path) => !path.endsWith(MANIFEST_SUFFIX) && !basename(path).startsWith('.') && !names.has(`${path}${MANIFEST_SUFFIX}`))
    .map((path) => relative(root, path))
    .sort();
}

/**
 * Reads and checks a manifest. The file it describes is `file` beside it, unless `filePath` says where the file
 * is (an analyst's import names both).
 */
export async function readDescribedFile(manifestPath: string, filePath?: string): Promise<DescribedFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileSourceError('MANIFEST_INVALID', `${manifestPath}: the manifest cannot be read as JSON: ${reason}`);
  }
  const manifest = readManifest(json, manifestPath);
  return {
    manifest,
    manifestJson: json as Record<string, unknown>,
    manifestPath,
    filePath: filePath ?? join(dirname(manifestPath), manifest.file),
  };
}

/**
 * The file's bytes, refused when it is too large, missing, or not the file the manifest describes (sha256): a
 * changed file must be looked at, and its manifest updated, before it loads.
 */
export async function readCheckedBytes(described: DescribedFile): Promise<Uint8Array> {
  const name = basename(described.filePath);
  const handle = await open(described.filePath, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new FileSourceError(
      'FILE_NOT_FOUND',
      `${name}: the file its manifest describes cannot be opened (${error.code ?? error.message}).`,
    );
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES)
      throw new FileSourceError('FILE_TOO_LARGE', `${name}: ${size} bytes, more than the ${MAX_FILE_BYTES} a file source reads.`);
    const bytes = new Uint8Array(await handle.readFile());
    const actual = sha256Of(bytes);
    if (actual !== described.manifest.sha256) {
      throw new FileSourceError(
        'SHA256_MISMATCH',
        `${name}: the file has sha256 ${actual}, its manifest says ${described.manifest.sha256}. The file changed since the manifest was written: check what changed, then update the manifest (its sha256, and its columns if they moved).`,
      );
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
