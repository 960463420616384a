// Builds the page model's flat JSON form (core/include/firsthand/page_json.h) from a nested description,
// so the ABI tests can write pages as readable trees: ['tag', {attrs}, ...children] or a text string.
export function buildPage(root, { url = 'http://127.0.0.1/test', source = 'dom' } = {}) {
  const nodes = [];
  // Explicit stack, parents before children, as the format requires.
  const stack = [[root, 0]];
  while (stack.length) {
    const [item, parent] = stack.pop();
    if (typeof item === 'string') {
      nodes.push([parent, item]);
      continue;
    }
    const [tag, attrs, ...children] = item;
    nodes.push([parent, tag, attrs]);
    const id = nodes.length;
    for (let i = children.length - 1; i >= 0; --i) stack.push([children[i], id]);
  }
  return { version: 1, source, url, nodes };
}
