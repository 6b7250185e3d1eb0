import path from 'node:path';
import { oneOf } from '../text/quote.js';
import { didYouMeanHelp } from '../text/suggest.js';
import { unreadableMayName } from '../model/unreadable.js';
import { defineOrgRule } from './types.js';

/**
 * With org.yaml: each product it lists has exactly one DRI function (a charter that
 * names it under `products`), and every product a charter names is one org.yaml
 * lists. Silent without a usable org.yaml.
 */
export default defineOrgRule({
  meta: {
    id: 'product-dri',
    description: 'With org.yaml: a product has no DRI function or more than one, or a charter names a product that is not listed.',
    defaultSeverity: 'warn',
    messages: {
      none: 'Product "{{product}}" has no DRI function',
      several: 'Product "{{product}}" has {{count}} DRI functions ({{functions}})',
      unknown: 'Product "{{product}}" is not a product in {{org}}',
    },
    help: {
      none: 'add "products: [{{product}}]" to the charter of the one function directly responsible for it',
      several: 'one function is directly responsible for a product: keep it in the products of one charter only',
      unknown: '{{hint}}',
    },
  },
  check(model, context) {
    const orgFile = model.org;
    if (orgFile === undefined) return;
    const org = path.basename(orgFile.source.displayPath);

    for (const [id, product] of model.productById) {
      const dris = model.drisByProduct.get(id) ?? [];
      // A charter that cannot be read and names the product may be its DRI.
      if (dris.length === 1 || (dris.length === 0 && unreadableMayName(model, id))) continue;
      const at = { source: product.source, path: [...product.path, 'id'] };
      if (dris.length === 0) context.report({ ...at, messageId: 'none', data: { product: id } });
      else context.report({ ...at, messageId: 'several', data: { product: id, count: dris.length, functions: joinAnd(dris.map((fn) => fn.id).sort()) } });
    }

    const known = [...model.productById.keys()];
    const inFile = orgFile.writtenIds('products');
    for (const fn of model.functions) {
      fn.charter.products?.forEach((product, i) => {
        if (model.productById.has(product) || inFile.has(product)) return;
        const hint =
          didYouMeanHelp(product, known) ??
          (known.length === 0
            ? `${org} lists no products yet: add it under "products:" there`
            : `use ${oneOf([...known].sort())}, or add it under "products:" in ${org}`);
        context.report({ source: fn.file.source, path: ['products', i], messageId: 'unknown', data: { product, org, hint } });
      });
    }
  },
});

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function joinAnd(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
