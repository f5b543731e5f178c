/** The staff console: built into public/console and served by Strapi at /console (cms/middlewares/console.ts). */
import path from 'path';
import { fileURLToPath } from 'url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react-swc';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '..', 'public', 'console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  // The console imports the access matrix from cms/constants: one source of truth (STYLE.md).
  server: { fs: { allow: [path.resolve(here, '..')] } },
});
