// @vitest-environment happy-dom
/**
 * The gate reads a page as the scanner does: the document's text and the text of its open shadow
 * roots (nested ones too); closed roots stay unread. A shut page is watched, shadow roots included.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import spec from 'virtual:parley/gate';
import { createGate, nodePasses, openShadowRoots, watchShut } from '../../../lib/page/gate';

const gate = createGate(spec);

const host = (parent: Node, html: string, mode: ShadowRootMode = 'open'): ShadowRoot => {
  const el = document.createElement('div');
  parent.appendChild(el);
  const root = el.attachShadow({ mode });
  root.innerHTML = html;
  return root;
};

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('the gate on a page with shadow roots', () => {
  it('lets a page through whose only mention is inside an open shadow root', () => {
    document.body.innerHTML = '<h1>Weather</h1><p>Sunny, then showers.</p>';
    const root = host(document.body, '<p>Putin and Trump met in Anchorage on Friday.</p>');
    expect(gate(document.body.textContent ?? '')).toBe(false); // not in the light DOM
    const seen: ShadowRoot[] = [];
    expect(nodePasses(gate, document.body, (r) => seen.push(r))).toBe(true);
    expect(seen).toEqual([root]);
  });

  it('reads nested open roots, and never a closed one', () => {
    document.body.innerHTML = '<p>Soup of the day.</p>';
    const outer = host(document.body, '<p>Lunch menu</p>');
    host(outer, '<p>Talks in the Kremlin ended late.</p>');
    expect(nodePasses(gate, document.body)).toBe(true);
    expect(openShadowRoots(document.body)).toEqual([outer]); // nested ones: through the outer root

    document.body.innerHTML = '<p>Soup of the day.</p>';
    host(document.body, '<p>Talks in the Kremlin ended late.</p>', 'closed');
    expect(nodePasses(gate, document.body)).toBe(false);
  });

  it('turns away a page without trigger words, shadow roots and all', () => {
    document.body.innerHTML = '<h1>Black bean soup</h1><p>Add 2 cups of black beans and a pinch of salt.</p>';
    host(document.body, '<p>Simmer for twenty minutes, then serve.</p>');
    host(document.body, '<p>Рецепт борща: свекла, капуста, картофель.</p>');
    const seen: ShadowRoot[] = [];
    expect(nodePasses(gate, document.body, (r) => seen.push(r))).toBe(false);
    expect(seen).toHaveLength(2);
  });

  it('watches a shut page: text added inside an open shadow root, or a new host with one, opens it', async () => {
    document.body.innerHTML = '<p>Soup of the day.</p>';
    const root = host(document.body, '<p>Lunch menu</p>');
    const roots: ShadowRoot[] = [];
    expect(nodePasses(gate, document.body, (r) => roots.push(r))).toBe(false);
    let opened = 0;
    let stop = watchShut(gate, document, roots, () => opened++);
    const p = document.createElement('p');
    p.textContent = 'Dessert: apple pie.';
    root.append(p);
    await tick();
    expect(opened).toBe(0);
    p.textContent = 'Lavrov arrived in Alaska.';
    await tick();
    expect(opened).toBe(1);
    stop();

    // A host added later, whose root holds the words.
    document.body.innerHTML = '<p>Soup of the day.</p>';
    stop = watchShut(gate, document, [], () => opened++);
    const el = document.createElement('div');
    el.attachShadow({ mode: 'open' }).innerHTML = '<p>Переговоры в Москве</p>';
    document.body.append(el);
    await tick();
    expect(opened).toBe(2);
    stop();
  });
});
