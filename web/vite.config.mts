// One build, one entry per audience (Kolibri's way: each its own bundle): /lernen for pupils,
// /unterricht for teachers, /schule for school admins, /forschung for researchers and platform admins,
// /datenschutz (public) for everyone. Hashed file names under /assets/ (cached for a year); the HTML pages
// are served no-store by the app. No inline scripts, so the app's CSP needs no exception.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(root, '..', 'dist', 'web'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        lernen: resolve(root, 'lernen', 'index.html'),
        unterricht: resolve(root, 'unterricht', 'index.html'),
        schule: resolve(root, 'schule', 'index.html'),
        forschung: resolve(root, 'forschung', 'index.html'),
        datenschutz: resolve(root, 'datenschutz', 'index.html'),
      },
    },
  },
});
