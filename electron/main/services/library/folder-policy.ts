import { isAbsolute, parse, relative, win32 } from 'node:path';
import { t } from '../../../../shared/i18n';

/** What a folder is checked against; resolved paths (links followed) throughout. */
export interface FolderPolicyContext {
  /** The person's home folder. */
  home: string;
  /** The workspace, where the app's own project folders live. */
  workspace: string;
  platform: NodeJS.Platform;
  /** The Windows folder (`%SystemRoot%`), on Windows only. */
  systemRoot?: string;
}

/**
 * Why a folder may not be opened as a project, or null when it may. A project's folder gets
 * a project file written into it, is watched and listed in full, and could be trashed from
 * the app; so the home folder, a drive root, a system folder (or any folder inside one), and
 * the workspace or a folder that contains it are refused, each with its reason named.
 */
export function folderRefusal(dir: string, context: FolderPolicyContext): string | null {
  const windows = context.platform === 'win32';
  const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  const root = (windows ? win32.parse(dir) : parse(dir)).root;
  if (same(dir, root) || same(dir.replace(/[\\/]+$/, ''), root.replace(/[\\/]+$/, '')))
    return t('errors:folder_refused.driveRoot');
  if (same(dir, context.home)) return t('errors:folder_refused.home');
  if (isInsideOrSame(context.workspace, dir, windows))
    return t('errors:folder_refused.holdsWorkspace');
  for (const system of systemFolders(context)) {
    if (isInsideOrSame(dir, system.path, windows) && (system.inside || same(dir, system.path)))
      return t('errors:folder_refused.system');
  }
  return null;
}

interface SystemFolder {
  path: string;
  /** Refuse folders inside it too (the OS's own files), not just the folder itself. */
  inside: boolean;
}

function systemFolders(context: FolderPolicyContext): SystemFolder[] {
  if (context.platform === 'win32') {
    const system = context.systemRoot ?? 'C:\\Windows';
    const drive = win32.parse(system).root;
    return [
      { path: system, inside: true },
      { path: `${drive}Program Files`, inside: true },
      { path: `${drive}Program Files (x86)`, inside: true },
      { path: `${drive}ProgramData`, inside: true },
      { path: `${drive}Users`, inside: false },
    ];
  }
  const inside = ['/etc', '/usr', '/bin', '/sbin', '/lib', '/lib64', '/boot', '/dev', '/proc'];
  inside.push('/sys', '/run', '/System', '/Library', '/Applications', '/private/etc');
  // Folders that hold other people's or the system's folders: refused themselves only (a
  // project under /Volumes/Drive or /home/ana/Clips is fine).
  const exact = ['/home', '/Users', '/Volumes', '/mnt', '/media', '/var', '/opt', '/private'];
  exact.push('/tmp', '/srv', '/root');
  return [
    ...inside.map((path) => ({ path, inside: true })),
    ...exact.filter((path) => path !== context.home).map((path) => ({ path, inside: false })),
  ];
}

/** Whether `child` is `parent` or a folder below it. */
function isInsideOrSame(child: string, parent: string, windows: boolean): boolean {
  const rel = windows
    ? win32.relative(parent.toLowerCase(), child.toLowerCase())
    : relative(parent, child);
  const up = rel === '..' || rel.startsWith(`..${windows ? '\\' : '/'}`);
  return rel === '' || (!up && !(windows ? win32.isAbsolute(rel) : isAbsolute(rel)));
}
