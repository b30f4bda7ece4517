// The add-on's version as package.json states it, written into dist/Code.js by the build (webpack's
// DefinePlugin in webpack.config.js), so Help names the version that was pushed without a hand-copied string.
declare const __ADDON_VERSION__: string;

export const ADDON_VERSION: string = __ADDON_VERSION__;
