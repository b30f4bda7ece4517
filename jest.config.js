/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/support/registerAllMessages.ts'],
  // A ceiling against a hang, not a wait: tests wait for conditions. On this shared 2-core machine, with two
  // `npm test` runs at once, a runner child process or a browser start can take many times its usual time
  // (Jest's 5 s default failed the runner's tests); above the sidebar harness's 150 s per browser step.
  testTimeout: 180_000,
};
