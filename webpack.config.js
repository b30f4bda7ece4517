// Builds dist/Code.js: one bundle whose exported entry points become top-level functions Apps Script can call.
// Minified to stay well under the size budget (test/bundle/budgets.test.ts), but with every function and class
// keeping its name: Apps Script's execution log names the function and line of an error, never the column, so
// a name is what leads back to the source. Statements end in line breaks rather than semicolons (same size),
// so the line a stack trace gives is a short one of dist/Code.js.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { version } = require('./package.json');

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
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        options: { target: 'es2019' },
      },
    ],
  },
  optimization: {
    minimize: true,
    minimizer: [
      new MinimizerPlugin({
        extractComments: false,
        minify: {
          implementation: MinimizerPlugin.terserMinify,
          // toplevel stays false: the entry points gas-webpack-plugin writes at the top must keep their names.
          options: {
            ecma: 2019,
            keep_fnames: true,
            keep_classnames: true,
            format: { comments: false, semicolons: false },
          },
        },
      }),
    ],
  },
  plugins: [
    new GasPlugin({ autoGlobalExportsFiles: ['src/addon/main.ts'] }),
    // Help shows the version (src/addon/version.ts).
    new DefinePlugin({ __ADDON_VERSION__: JSON.stringify(version) }),
  ],
};
