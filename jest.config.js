/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Jest's 5 s default is a wall-clock limit in disguise: on a shared 2-core machine under load a runner run
  // over the example workbook takes longer. Tests wait for their conditions; this only stops a hung test.
  testTimeout: 120_000,
};
