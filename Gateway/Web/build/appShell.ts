import { createHash } from "node:crypto";
import type { Plugin, Rollup } from "vite";

/** Builds the worker app's service worker (entry "sw") as app/sw.js and writes into it the files of
 * the app page's shell: the page, every chunk, style sheet and asset its entry reaches, the manifest
 * and the icon; with a version from their hashed names, so a new build is a new service worker. */
export function appShell(options: { page: string; serviceWorker: string; alsoKept: string[] }): Plugin {
  return {
    name: "gridactors-app-shell",
    apply: "build",
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === "chunk");
      const entry = chunks.find(c => c.facadeModuleId?.endsWith(options.page));
      const worker = chunks.find(c => c.fileName === options.serviceWorker);
      if (!entry || !worker) throw new Error(`the app shell needs the entry ${options.page} and ${options.serviceWorker} in the bundle`);
      const files = new Set<string>();
      const visit = (name: string) => {
        const file = bundle[name];
        if (!file || files.has(`/${name}`)) return;
        files.add(`/${name}`);
        if (file.type !== "chunk") return;
        file.viteMetadata?.importedCss.forEach(css => files.add(`/${css}`));
        file.viteMetadata?.importedAssets.forEach(asset => files.add(`/${asset}`));
        [...file.imports, ...file.dynamicImports].forEach(visit);
      };
      visit(entry.fileName);
      const kept = [...options.alsoKept, ...[...files].sort()];
      const version = createHash("sha256").update(kept.join("\n")).digest("hex").slice(0, 16);
      worker.code = worker.code.replaceAll("__APP_SHELL__", JSON.stringify({ version, files: kept }));
    },
  };
}
