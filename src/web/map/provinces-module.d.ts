/** Syria's provinces as read at build time by src/web/map/provinces-vite-plugin.ts. */
declare module "virtual:syria-provinces" {
  const provinces: readonly import("./provinces-vite-plugin.js").Province[];
  export default provinces;
}
