import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config";

/** Tests share the page's Vite config; CLI and browser tests spawn real processes, so timeouts are generous. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ["tests/**/*.test.ts"],
      globalSetup: ["tests/global-setup.ts"],
      testTimeout: 60_000,
      hookTimeout: 180_000,
    },
  }),
);
