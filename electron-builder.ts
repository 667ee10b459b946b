import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';
import { flipPackedFuses } from './packaging/fuses.ts';

/** Linux packagers name the binary after the package; the others after the product. */
function executableName(context: AfterPackContext): string {
  const packager = context.packager as { executableName?: string };
  return context.electronPlatformName === 'linux' && packager.executableName
    ? packager.executableName
    : context.packager.appInfo.productFilename;
}

/** Runs after each platform's app is laid out and before it is signed or put in an installer. */
export async function afterPack(context: AfterPackContext): Promise<void> {
  await flipPackedFuses({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    arch: Arch[context.arch],
    executableName: executableName(context),
  });
}

// GitHub Actions names the repository; a local build without it has no update feed.
const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');

/**
 * The installers of every platform (electron-builder "Configuration"). `npm run dist` builds
 * this OS's targets, `npm run dist:dir` the unpacked app only.
 */
const config: Configuration = {
  appId: 'studio.kling.desktop',
  productName: 'Kling Studio',
  copyright: 'Copyright © 2026 Kling Studio contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app: electron-builder adds the production dependencies itself, so tests,
  // sources, fixtures and dev tools never reach the archive.
  files: ['out/**/*', '!out/**/*.map', 'resources/icon.png', 'package.json'],
  asar: true,
  // Native modules cannot be loaded from inside the archive.
  asarUnpack: ['**/*.node'],
  // keytar is compiled for Electron's ABI, not the Node that runs the build.
  npmRebuild: true,
  buildDependenciesFromSource: false,
  afterPack,
  mac: {
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ],
    category: 'public.app-category.video',
    icon: 'resources/icon.icns',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Projects and clips are the user's files; the uninstaller leaves them alone.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'AudioVideo',
    icon: 'resources/icons',
    synopsis: 'Make short videos with Kling through AceData Cloud',
    maintainer: 'Kling Studio <kling-studio@users.noreply.github.com>',
  },
  publish: owner && repo ? [{ provider: 'github', owner, repo, releaseType: 'release' }] : null,
};

export default config;
