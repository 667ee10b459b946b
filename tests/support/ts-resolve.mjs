// Lets plain Node run the project's TypeScript in a child process: source files import each
// other without extensions (the bundler's convention), so try the `.ts` file as well.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('.') || specifier.startsWith('/');
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // A folder imported by name: the bundler's convention is its index file.
        return nextResolve(`${specifier}/index.ts`, context);
      }
    }
  },
});
