/**
 * TRANSLATING.md, followed as a new translator would, on a copy of the project's content and
 * locales: add Italian, translate one UI string and one card (with the hash the status report
 * gives), check, read the status, then see the card go stale, with what changed, when its
 * English text is edited. Each command is taken from the guide and run the way `npm run` runs it
 * (the package.json script in a shell, node_modules/.bin first on PATH, without npm's own start-up
 * time), so the test fails when the guide names a command that does not do what it says.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './helpers/library.ts';
import type { I18nStatus } from '../../src/shared/i18n-status.ts';

const run = promisify(execFile);
const guide = await readFile(path.join(projectRoot, 'TRANSLATING.md'), 'utf8');

/** The command lines of the guide's code blocks, comments cut off. */
const guideCommands = [...guide.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1].split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line.startsWith('npm ')),
);

/** The guide's command matching `pattern`, with its example language code replaced by ours. */
function fromGuide(pattern: RegExp, code?: string): string[] {
  const line = guideCommands.find((c) => pattern.test(c));
  assert.ok(line, `TRANSLATING.md shows no command matching ${pattern}; it has:\n${guideCommands.join('\n')}`);
  const words = line.split(/\s+/);
  // `npm run i18n:status -- de` → `-- it`: the example code is the first word after `--` that is not an option.
  const dashes = words.indexOf('--');
  if (code && dashes >= 0 && words[dashes + 1] && !words[dashes + 1].startsWith('--')) words[dashes + 1] = code;
  return words;
}

const CARD = 'world-e-waste-2022';
const ITALIAN_CARD = (hash: string) => `---
title: "Nel 2022 il mondo ha buttato via 62 milioni di tonnellate di rifiuti elettronici"
summary: "Nel 2022 abbiamo buttato via 62 milioni di tonnellate di rifiuti elettronici. Meno di un quarto è stato raccolto e riciclato in modo documentato."
figure:
  label: "dei rifiuti elettronici del mondo è stato raccolto e riciclato correttamente in modo documentato nel 2022"
illustration:
  alt: "Contorno di un mucchio di apparecchi elettronici buttati via."
translation:
  from: "${hash}"
  status: machine
---
I [[e-waste|rifiuti elettronici]] sono tutti i prodotti buttati via che hanno una spina o una
batteria: telefoni, portatili, frigoriferi, giocattoli, pannelli solari. Il Global E-waste Monitor
2024, scritto da due organismi delle Nazioni Unite, ne ha contati 62 milioni di tonnellate nel
2022. Sono 7,8 kg per ogni persona sulla Terra.

Solo il 22,3% di questa massa è stato raccolto e [[recycling|riciclato]] correttamente in modo
documentato. Che cosa sia successo alla maggior parte del resto non è registrato. Molto finisce
nei normali bidoni o viene smontato da lavoratori informali, spesso senza protezione. I rifiuti
elettronici contengono sostanze nocive come il mercurio, quindi trattarli senza cura può
danneggiare le persone e la natura. Si perdono anche metalli preziosi.

I rifiuti elettronici crescono circa cinque volte più in fretta del riciclo documentato. Il
rapporto prevede 82 milioni di tonnellate all'anno entro il 2030, mentre la quota riciclata
correttamente potrebbe scendere al 20%.
`;

describe('a new translator following TRANSLATING.md adds Italian', () => {
  let repo: string;
  let scripts: Record<string, string>;
  /** Runs `npm run <script> -- <args>` in the copy as npm does; resolves with the exit code and output, whatever the code. */
  const sh = (words: string[]) => {
    assert.deepEqual(words.slice(0, 2), ['npm', 'run'], words.join(' '));
    const script = scripts[words[2]];
    assert.ok(script, `package.json has no script "${words[2]}"`);
    const args = words.slice(words[3] === '--' ? 4 : 3).map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
    const env = { ...process.env, PATH: `${path.join(repo, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
    return run('sh', ['-c', [script, ...args].join(' ')], { cwd: repo, env, maxBuffer: 32 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  };
  const git = (...args: string[]) => run('git', ['-C', repo, '-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args]);
  const status = async (): Promise<I18nStatus> => {
    const json = await sh(fromGuide(/^npm run i18n:status -- \S+ --json$/, 'it'));
    assert.equal(json.code, 0, json.stderr);
    return JSON.parse(json.stdout) as I18nStatus;
  };

  before(async () => {
    // A clone as a translator has it: the code, the real library and UI strings, and their history.
    repo = await mkdtemp(path.join(os.tmpdir(), 'ore-kit-walkthrough-'));
    for (const entry of ['src', 'locales', 'content', 'package.json', 'tsconfig.json', 'TRANSLATING.md', 'CONTENT.md']) {
      await cp(path.join(projectRoot, entry), path.join(repo, entry), { recursive: true });
    }
    await symlink(path.join(projectRoot, 'node_modules'), path.join(repo, 'node_modules'));
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-qm', 'the project as cloned');
    scripts = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')).scripts;
  });
  after(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  let hash = '';

  it('1. npm run locale:add -- it adds the language and says what to translate first', async () => {
    const added = await sh(fromGuide(/^npm run locale:add -- [a-z]{2}$/, 'it'));
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Italiano \(it\) added/);
    // The UI strings to translate: the English keys (plural forms as one), less those only ever shown in English.
    const flat = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : flat(v, `${p}${k}.`)));
    const english = flat(JSON.parse(await readFile(path.join(repo, 'locales/en/ui.json'), 'utf8')));
    const notes = JSON.parse(await readFile(path.join(repo, 'locales/ui.notes.json'), 'utf8')) as Record<string, { sourceOnly?: boolean }>;
    const toTranslate = new Set(english.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')).filter((k) => !notes[k]?.sourceOnly));
    const strings = Number(/locales\/it\/ui\.json \((\d+) short strings/.exec(added.stdout)?.[1]);
    assert.equal(strings, toTranslate.size, 'it names the real number of UI strings to translate');
    const config = JSON.parse(await readFile(path.join(repo, 'locales/locales.json'), 'utf8'));
    assert.equal(config.locales.it.name, 'Italiano');
    assert.equal(config.locales.it.draft, true, 'a new language starts as a draft');
  });

  it('2. the status report gives the hash for the card; one UI string and one card are translated', async () => {
    const plain = await sh(fromGuide(/^npm run i18n:status -- [a-z]{2}$/, 'it'));
    assert.equal(plain.code, 0, plain.stderr);
    hash = new RegExp(`content/it/cards/${CARD}\\.md {2}from: "([0-9a-f]{12})"`).exec(plain.stdout)?.[1] ?? '';
    assert.match(hash, /^[0-9a-f]{12}$/, 'the line for the card names the hash to write');
    // "Copy a key from locales/en/ui.json into your locales/<code>/ui.json and translate the text."
    await writeFile(path.join(repo, 'locales/it/ui.json'), JSON.stringify({ card: { sources: 'Fonti' } }, null, 2) + '\n');
    // "Create the file under your language with the same path as the English one."
    await writeFile(path.join(repo, `content/it/cards/${CARD}.md`), ITALIAN_CARD(hash));
  });

  it('3. npm run check passes', async () => {
    const check = await sh(fromGuide(/^npm run check$/));
    assert.equal(check.code, 0, check.stderr + check.stdout);
    assert.match(check.stdout, /✓ content ok/);
    assert.match(check.stdout, /for 10 locales/);
  });

  it('4. npm run i18n:status -- it shows Italian partial, the card translated and the UI string done', async () => {
    const plain = await sh(fromGuide(/^npm run i18n:status -- [a-z]{2}$/, 'it'));
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /^it \(Italiano\): partial, (<0\.1|\d+(\.\d)?)% of \d+ words translated and current/m);
    assert.doesNotMatch(plain.stdout, /^it \(Italiano\): partial, 0% /m, 'a translated card is not 0%');
    assert.match(plain.stdout, /^ {2}cards +0 · 0w +1 · \d+w +0 · 0w +58 · \d+w +59 · \d+w$/m);
    assert.match(plain.stdout, /UI strings \(locales\/it\/ui\.json, machine\): 1\/\d+ current/);
    assert.doesNotMatch(plain.stdout, new RegExp(`content/it/cards/${CARD}\\.md`), 'the card is no longer to do');

    const [it_] = (await status()).locales;
    assert.equal(it_.code, 'it');
    assert.equal(it_.progress, 'partial');
    assert.equal(it_.draft, true);
    const card = it_.collections.cards.items.find((i) => i.slug === CARD)!;
    assert.deepEqual([card.state, card.hash], ['machine', hash]);
    assert.equal(it_.collections.cards.machine.items, 1);
    assert.notEqual(it_.ui.keys.find((k) => k.key === 'card.sources')!.state, 'missing');
  });

  it('5. --strict holds the shipped languages, not the new draft, unless it is named', async () => {
    const strict = await sh(fromGuide(/^npm run i18n:status -- --strict$/));
    assert.equal(strict.code, 0, strict.stderr);
    assert.match(strict.stderr, /it .*draft/);
    const named = await sh([...fromGuide(/^npm run i18n:status -- [a-z]{2}$/, 'it'), '--strict']);
    assert.equal(named.code, 1);
    assert.match(named.stderr, /--strict: it is incomplete or stale/);
  });

  it('6. the gallery offers Italian, and the preview gets the Italian card and UI string', async () => {
    // The gallery's language list is LOCALES (src/shared/locales.ts, from locales/locales.json); the widgets fetch the compiled files.
    const script = `
      const { LOCALES } = await import('./src/shared/locales.ts');
      const { compile } = await import('./src/compiler/compile.ts');
      const { files, errors } = await compile(process.cwd());
      console.log(JSON.stringify({
        locales: LOCALES.map((l: { code: string; name: string }) => [l.code, l.name]),
        errors: errors.length,
        ui: JSON.parse(files.get('content/it/ui.json') ?? '{}'),
        card: JSON.parse(files.get('content/it/cards/${CARD}.json') ?? '{}'),
        statusLocales: JSON.parse(files.get('content/i18n-status.json') ?? '{"locales":[]}').locales.map((l: { code: string }) => l.code),
      }));`;
    await writeFile(path.join(repo, 'facts.ts'), script);
    const out = await run(path.join(projectRoot, 'node_modules/.bin/tsx'), ['facts.ts'], { cwd: repo, maxBuffer: 32 * 1024 * 1024 });
    await rm(path.join(repo, 'facts.ts'));
    const facts = JSON.parse(out.stdout) as { locales: string[][]; errors: number; ui: { card?: { sources?: string } }; card: { lang?: string; title?: string }; statusLocales: string[] };
    assert.ok(facts.locales.some(([code, name]) => code === 'it' && name === 'Italiano'), 'Italiano is in the language list');
    assert.equal(facts.errors, 0);
    assert.equal(facts.ui.card?.sources, 'Fonti');
    assert.equal(facts.card.lang, 'it');
    assert.match(facts.card.title ?? '', /^Nel 2022/);
    assert.ok(facts.statusLocales.includes('it'), 'the status page lists it');
  });

  it('7. editing the English card makes the Italian one stale, with what changed', async () => {
    const english = path.join(repo, `content/en/cards/${CARD}.md`);
    const text = await readFile(english, 'utf8');
    assert.ok(text.includes('Only 22.3% of this mass'));
    await writeFile(english, text.replace('Only 22.3% of this mass', 'Just 22.3% of this mass'));

    const plain = await sh(fromGuide(/^npm run i18n:status -- [a-z]{2}$/, 'it'));
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, new RegExp(`^ {4}content/it/cards/${CARD}\\.md {2}from: "${hash}" → from: "[0-9a-f]{12}" {2}\\(machine\\)$`, 'm'));
    assert.match(plain.stdout, /^ {8}body: - Only 22\.3% of this mass/m);
    assert.match(plain.stdout, /^ {8}body: \+ Just 22\.3% of this mass/m);
  });
});
