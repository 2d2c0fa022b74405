// Bundles the editor test pages and the code under test with esbuild (it comes with Vite),
// into node_modules/.cache. A bundle is reused while none of the files that went into it changed
// (their hashes are kept next to it), so only the first run pays for CKEditor 5 and friends.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, version as esbuildVersion } from 'esbuild';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
export const CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/ck-editor-tests');

export interface BundleSpec {
  /** Output name: <name>.js. */
  name: string;
  /** Entry file, relative to the project root. */
  entry: string;
  /** Package substitutions for this bundle only (Draft.js gets React 18). */
  alias?: Record<string, string>;
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

async function inputsUnchanged(manifest: string): Promise<boolean> {
  if (!existsSync(manifest)) return false;
  const { inputs } = JSON.parse(await readFile(manifest, 'utf8')) as { inputs: Record<string, string> };
  for (const [file, hash] of Object.entries(inputs)) {
    try {
      if (sha1(await readFile(join(PROJECT_ROOT, file))) !== hash) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Builds (or reuses) one IIFE bundle; returns the path of the .js file. */
export async function bundle(spec: BundleSpec): Promise<string> {
  const options = {
    entryPoints: [join(PROJECT_ROOT, spec.entry)],
    bundle: true,
    format: 'iife' as const,
    platform: 'browser' as const,
    target: 'chrome120',
    // Froala and others expect a browser global object; Draft.js's fbjs reads `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    alias: spec.alias ?? {},
    loader: { '.css': 'empty' as const },
    logLevel: 'silent' as const,
    absWorkingDir: PROJECT_ROOT,
  };
  const key = sha1(JSON.stringify({ ...options, esbuildVersion })).slice(0, 12);
  const dir = join(CACHE_DIR, `${spec.name}-${key}`);
  const out = join(dir, `${spec.name}.js`);
  const manifest = join(dir, 'inputs.json');
  if (existsSync(out) && (await inputsUnchanged(manifest))) return out;
  await mkdir(dir, { recursive: true });
  const result = await build({ ...options, outfile: out, metafile: true });
  const inputs: Record<string, string> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    if (file.includes('<')) continue; // virtual modules
    inputs[file] = sha1(await readFile(join(PROJECT_ROOT, file)));
  }
  await writeFile(manifest, JSON.stringify({ inputs }));
  return out;
}
