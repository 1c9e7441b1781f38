/**
 * The autoloader's cost per added node does not grow with the page: when a host appends rows,
 * it looks only at what was added, never at the document or the rows already there. Counted
 * (which nodes it searches, how many elements those searches visit), not timed, so a busy
 * machine cannot make it flaky. The 1,000-row timings are in `npm run bench`'s notes in the README.
 */
import { expect } from '@open-wc/testing';
import { createAutoloader } from '../../src/runtime/autoload.ts';

describe('the autoloader on a big page', () => {
  it('searches only the added subtrees, however many nodes the page already has', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const loader = createAutoloader({ 'ore-costly': () => Promise.resolve() });
    loader.discover(document);

    const searched: Node[] = [];
    const original = Element.prototype.querySelectorAll;
    const originalDocument = Document.prototype.querySelectorAll;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      searched.push(this);
      return original.call(this, selector);
    } as typeof original;
    Document.prototype.querySelectorAll = function (this: Document, selector: string) {
      searched.push(this);
      return originalDocument.call(this, selector);
    } as typeof originalDocument;
    const visited = async (existing: number) => {
      holder.replaceChildren(...Array.from({ length: existing }, () => document.createElement('p')));
      await new Promise((resolve) => setTimeout(resolve, 0));
      searched.length = 0;
      const rows = Array.from({ length: 100 }, () => {
        const row = document.createElement('div');
        row.innerHTML = '<span>a</span><span>b</span>';
        return row;
      });
      holder.append(...rows);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(searched.every((node) => rows.includes(node as HTMLDivElement)), 'searched only the added rows').to.equal(true);
      return searched.reduce((sum, node) => sum + (node as Element).getElementsByTagName('*').length + 1, 0);
    };
    try {
      const small = await visited(10);
      const big = await visited(10_000);
      expect(small).to.equal(300);
      expect(big).to.equal(small);
    } finally {
      Element.prototype.querySelectorAll = original;
      Document.prototype.querySelectorAll = originalDocument;
      holder.remove();
    }
  });
});
