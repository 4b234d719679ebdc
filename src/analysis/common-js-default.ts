/**
 * What a CommonJS module assigned to `module.exports`, given its default import. graphology's
 * CommonJS packages declare `export default` in their typings, which TypeScript reads as the
 * function under Bundler resolution but as `{ default: function }` under NodeNext, while Node and
 * bundlers hand over the function itself. This accepts either and types the function.
 */
export type CommonJsDefault<M> = M extends { readonly default: infer D } ? D : M;

/** The function (or object) a CommonJS module exports, whichever way its default import was typed. */
export function commonJsDefault<M>(imported: M): CommonJsDefault<M> {
  if (typeof imported === "function") return imported as CommonJsDefault<M>;
  const wrapped = imported as { readonly default?: unknown };
  return (wrapped.default ?? imported) as CommonJsDefault<M>;
}
