import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";
import { resolve } from "node:path";

// Two pages: the command-centre board at / and the worker app at /app. The gateway serves dist/.
export default defineConfig({
  plugins: [vue()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        board: resolve(import.meta.dirname, "index.html"),
        app: resolve(import.meta.dirname, "app/index.html"),
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:5000", "/hubs": { target: "http://127.0.0.1:5000", ws: true } } },
});
