import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The end-to-end tests spawn Node; give a busy 2-core CI machine room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
