// Builds dist/Code.js: one bundle whose exported entry points become top-level functions Apps Script can call.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/addon/main.ts',
  devtool: false,
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'Code.js',
    library: { type: 'this' },
    clean: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019' } }],
  },
  optimization: { minimize: false },
  plugins: [new GasPlugin({ autoGlobalExportsFiles: ['src/addon/main.ts'] })],
};
