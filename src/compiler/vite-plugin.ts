/**
 * The content compiler inside Vite: `npm start` serves the compiled catalogs from memory and
 * recompiles when a markdown, SVG or ui.json file changes, parsing again only the files that
 * changed; `npm run build` compiles while the bundler works (on several cores where that helps,
 * parallel.ts), fails on the first
 * broken file and otherwise writes every catalog and static page into `dist/`.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { compile } from './compile.ts';
import { compileParallel, type BuildResult } from './parallel.ts';
import type { ParseCache } from './library.ts';
import { ContentBuildError } from './errors.ts';
import { FileWriter } from './file-writer.ts';
import { CATALOG_FOLDERS } from '../shared/catalog.ts';

export interface OreContentOptions {
  /** Folder holding `content/` (and `locales/`); defaults to Vite's root. */
  root?: string;
  /** Folder holding `locales/`, when it is not `root`. */
  localesRoot?: string;
  /** Module served as `/ore-kit.js` in development, so embed snippets work there too. */
  entry?: string;
  /** Module served as `/ore-kit-frame.js` in development (the iframe resizer). */
  frame?: string;
  /** The content compiler (tests count its runs). */
  compile?: (root: string, options: Parameters<typeof compile>[1]) => Promise<BuildResult>;
}

/** What the compiler makes: its folders, and the style sheets at the site root (ore-kit.css, ore-pages.css). */
const CATALOG_FILE = new RegExp(`^(${CATALOG_FOLDERS.join('|')})/|^ore-[a-z-]+\\.css$`);

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function oreContent(options: OreContentOptions = {}): Plugin {
  let root = options.root ?? process.cwd();
  let localesRoot = options.localesRoot ?? root;
  let latest: BuildResult | undefined;
  let building: Promise<BuildResult> | undefined;
  let serving = false;
  // Where a build writes, if the bundler empties it first (it keeps the last build's catalogs: file-writer.ts).
  let emptied: string | undefined;
  let logger: ResolvedConfig['logger'] | undefined;
  // The dev server compiles in this thread and keeps what it parsed; a build may share the work out.
  const cache: ParseCache = new Map();
  // A build's files go to disk on another thread as they are made (file-writer.ts).
  let writer: FileWriter | undefined;

  // ORE_KIT_URL: the address dist/ will be served from, for the absolute URLs of oEmbed responses.
  const rebuild = () => {
    const compiler = options.compile ?? (serving ? compile : compileParallel);
    const result = compiler(root, {
      localesRoot,
      publicUrl: process.env.ORE_KIT_URL,
      ...(serving ? { cache } : {}),
      ...(writer ? { emit: writer.add } : {}),
    });
    return (building = result.then((done) => (latest = done)));
  };
  const discard = async () => {
    const stopping = writer;
    writer = undefined;
    await stopping?.discard();
  };

  return {
    name: 'ore-content',

    configResolved(config) {
      serving = config.command === 'serve';
      logger = config.logger;
      const outDir = path.resolve(config.root, config.build.outDir);
      const inside = !path.relative(config.root, outDir).startsWith('..');
      emptied = (config.build.emptyOutDir ?? inside) ? outDir : undefined;
      root = options.root ?? config.root;
      localesRoot = options.localesRoot ?? root;
    },

    buildStart() {
      // The dev server started its compile in configureServer and serves once it is done: a second
      // one here would double the work and hold up the server's start.
      if (serving) return;
      writer = new FileWriter({ park: emptied });
      // Not awaited: the content compiles while the bundler works on the code.
      void rebuild().catch(() => undefined);
      this.addWatchFile(path.join(root, 'content'));
      this.addWatchFile(path.join(localesRoot, 'locales'));
    },

    // Vite has emptied the output folder (its own renderStart runs first): files may go in now.
    renderStart(output) {
      if (writer && output.dir) writer.start(output.dir);
    },

    // Before Vite writes anything: a library that does not compile stops the build here, and what
    // was already written of it is removed.
    async generateBundle() {
      if (serving || !building) return;
      const result = await building;
      if (result.errors.length) {
        await discard();
        this.error(new ContentBuildError(result.errors).message);
      }
      for (const warning of result.warnings) this.warn(warning.toString());
    },

    // Written straight to the output folder, not through the bundler's asset pipeline: thousands
    // of JSON and HTML files gain nothing from hashing and the size report, which cost more than
    // compiling them.
    async writeBundle() {
      const finishing = writer;
      writer = undefined;
      if (latest?.errors.length === 0 && finishing) {
        const { written, unchanged } = await finishing.finish();
        logger?.info(`ore-kit content: ${written + unchanged} files, ${written} written, ${unchanged} unchanged since the last build`);
      } else await finishing?.discard();
    },

    // A build that failed in the bundler leaves no content files behind either.
    async buildEnd(error) {
      if (error) await discard();
    },

    configureServer(server: ViteDevServer) {
      void rebuild();
      const watched = [path.join(root, 'content'), path.join(localesRoot, 'locales')];
      server.watcher.add(watched);
      const onChange = async (file: string) => {
        if (!watched.some((dir) => file.startsWith(dir))) return;
        const result = await rebuild();
        if (result.errors.length) {
          const error = new ContentBuildError(result.errors);
          server.config.logger.error(error.message);
          server.ws.send({ type: 'error', err: { message: error.message, stack: '' } });
        } else {
          server.ws.send({ type: 'full-reload' });
        }
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);

      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const base = server.config.base;
        if (!url.pathname.startsWith(base)) return next();
        const file = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/$/, '/index.html');
        if (file === 'ore-kit.js' && options.entry) {
          req.url = `${base}${options.entry}${url.search}`;
          return next();
        }
        if (file === 'ore-kit-frame.js' && options.frame) {
          req.url = `${base}${options.frame}${url.search}`;
          return next();
        }
        if (!CATALOG_FILE.test(file)) return next();
        const result = await (building ?? rebuild());
        if (result.errors.length) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          return res.end(new ContentBuildError(result.errors).message);
        }
        const body = result.files.get(file);
        if (body === undefined) {
          res.statusCode = 404;
          return res.end(`no such ore-kit file: ${file}`);
        }
        res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
  };
}
