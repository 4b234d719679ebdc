/** The bundled graph-data folder's event-data-names.json as text (null when absent), read by src/web/load-names-vite-plugin.ts. */
declare module "virtual:event-data-names" {
  const text: string | null;
  export default text;
}
