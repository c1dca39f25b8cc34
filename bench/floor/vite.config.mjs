// The floor app's build: the same toolchain as the product (Vite + @vitejs/plugin-react), nothing
// else. `node bench/run.mjs` builds it with `vite build bench/floor --config <this file>`.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  // As the product's build does (see its vite.config.ts): react-router's package exports resolve
  // to its development build in every mode, which is neither what ships nor a fair floor.
  resolve: {
    alias: [
      {
        find: /^react-router$/,
        replacement: fileURLToPath(
          new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      },
    ],
  },
  publicDir: false,
  build: { target: 'es2022' },
});
