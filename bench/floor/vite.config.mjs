// The floor app's build: the same toolchain as the product (Vite + @vitejs/plugin-react), nothing
// else. `node bench/run.mjs` builds it with `vite build bench/floor --config <this file>`.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  publicDir: false,
  build: { target: 'es2022' },
});
