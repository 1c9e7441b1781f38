// A content compile worker (parallel.ts). Workers start without the TypeScript loader the main
// thread has (tsx, or Vite's config bundler), so this plain module registers it first.
import { register } from 'tsx/esm/api';

register();
await import('./compile-worker-main.ts');
