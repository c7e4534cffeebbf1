import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@koers/config';
import { readManifest } from '../file-manifest.schema';
import { sha256Of } from '../file-text.parser';
import type { DescribedFile } from '../manifest-folder.parser';
import { MANIFEST_SUFFIX } from '../manifest-folder.parser';

export const BUNDLED_FILES = join(findWorkspaceRoot(), 'data', 'snapshot', 'files');
export const FIXTURES = join(__dirname, '..', '__fixtures__');

/** The bundled manifest of `folder/file` (data/snapshot/files), as JSON: the one home of what a file is. */
export function bundledManifestJson(folder: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(BUNDLED_FILES, folder, `${file}${MANIFEST_SUFFIX}`), 'utf8')) as Record<string, unknown>;
}

export interface FixtureOptions {
  /** Keep the bundled manifest's sha256 (the changed-file case); by default it is the fixture's own. */
  readonly keepSha256?: boolean;
  /** Fields of the manifest replaced for this fixture (a title-line count, an encoding). */
  readonly patch?: (manifest: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * A fixture described by the bundled manifest of the file it was made from, so a fixture never has a manifest of
 * its own to drift: only its name and (for an edited copy) its sha256 differ.
 */
export function fixture(
  kind: 'ok' | 'not-ok',
  name: string,
  folder: string,
  bundledFile: string,
  options: FixtureOptions = {},
): DescribedFile {
  const filePath = join(FIXTURES, kind, name);
  const bundled = bundledManifestJson(folder, bundledFile);
  const sha256 = options.keepSha256 ? bundled['sha256'] : sha256Of(readFileSync(filePath));
  const json = (options.patch ?? ((m) => m))({ ...bundled, file: name, sha256 });
  return {
    manifest: readManifest(json, `${folder}/${bundledFile}${MANIFEST_SUFFIX}`),
    manifestJson: json,
    manifestPath: join(FIXTURES, kind, `${name}${MANIFEST_SUFFIX}`),
    filePath,
  };
}
