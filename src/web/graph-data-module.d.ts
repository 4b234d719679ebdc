/** Where the graph-data validated at build time is, as src/data/graph-data-vite-plugin.ts describes it. */
declare module "virtual:graph-data" {
  const graphData: import("../data/graph-data-vite-plugin.js").BundledGraphData;
  export default graphData;
}
