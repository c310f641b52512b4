import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";
import { resolve } from "node:path";
import { appShell } from "./build/appShell.ts";

// Two pages: the command-centre board at / and the worker app at /app, and the app's service
// worker at /app/sw.js (its scope is /app/). The gateway serves dist/.
export default defineConfig({
  plugins: [vue(), appShell({ page: "app/index.html", serviceWorker: "app/sw.js", alsoKept: ["/app/", "/app/manifest.webmanifest", "/app/icon.svg", "/app/icon-maskable.svg"] })],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        board: resolve(import.meta.dirname, "index.html"),
        app: resolve(import.meta.dirname, "app/index.html"),
        sw: resolve(import.meta.dirname, "src/app/sw.ts"),
      },
      output: { entryFileNames: chunk => chunk.name === "sw" ? "app/sw.js" : "assets/[name]-[hash].js" },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:5000", "/hubs": { target: "http://127.0.0.1:5000", ws: true } } },
});
