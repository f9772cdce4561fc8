/**
 * The preload hint a page's HTML goes out with: the Cloudflare reads the page starts first, and the files of its
 * lazily loaded code, so the browser fetches them beside the app's entry script instead of after running it (a
 * deep link costs no waterfall). The same header on Node and on the Worker; only reading the manifest differs.
 */
import { pageHintsOf, PAGES } from '../../src/lib/cloudflare/contract.ts';

/** The part of Vite's build manifest (`build.manifest`) the hints read: source module → built file and its imports. */
export type BuildManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/** Where `vite build` writes its manifest, under the build folder. Never served: the hosts refuse this folder. */
export const MANIFEST_PATH = '/.vite/manifest.json';

/** The Link header value for a page's HTML, or null when it has nothing to hint. */
export type PageHinter = (pathname: string) => string | null;

/** A module's built file and the chunks it imports, leaving out the entry (the HTML loads that already). */
function chunkFiles(manifest: BuildManifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (chunk === undefined || chunk.isEntry || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((imported) => chunkFiles(manifest, imported, seen))];
}

export interface PageHintOptions {
  /**
   * Also hint the header's reads (the contract's LAYOUT_READS); on by default. `wrangler dev` leaves them out: with
   * them, a page's first burst is eight requests, two more than Chromium's six connections to a host, and on wrangler's
   * local server a request that waits for a connection to come free now and then never gets its answer (docs/performance.md).
   */
  layoutReads?: boolean;
}

/**
 * Hints from the contract's page table and, when there is one, the build manifest. Throws when the manifest lacks a
 * page's module (the table names a file the build no longer has), so a stale table fails at start, not silently.
 */
export function createPageHints(manifest: BuildManifest | null, { layoutReads = true }: PageHintOptions = {}): PageHinter {
  if (manifest !== null) {
    for (const { module } of PAGES.filter((page) => 'module' in page)) {
      if (manifest[module] === undefined) throw new Error(`The build manifest has no ${module}, which the contract's PAGES table names: update the table.`);
    }
  }
  return (pathname) => {
    const hinted = pageHintsOf(pathname);
    const reads = layoutReads ? [...hinted.reads, ...hinted.layoutReads] : hinted.reads;
    const { module } = hinted;
    // `crossorigin` (anonymous: same-origin credentials) is what the page's own fetch() and module imports send; a
    // preload made with other credentials would not be used, and the request would go out twice.
    const links = reads.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`);
    if (module !== null && manifest !== null) links.push(...chunkFiles(manifest, module).map((file) => `</${file}>; rel=modulepreload`));
    return links.length > 0 ? links.join(', ') : null;
  };
}
