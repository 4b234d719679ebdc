/** The graph-data folder as read at build time by src/data/graph-data-vite-plugin.ts. */
declare module "virtual:graph-data" {
  const graphData: import("../data/graph-data-vite-plugin.js").BundledGraphData;
  export default graphData;
}
