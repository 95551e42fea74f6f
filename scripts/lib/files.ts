import fs from 'node:fs';
import path from 'node:path';

/** A path given on the command line that does not exist: a usage error. */
export class NoSuchFileError extends Error {
  constructor(readonly input: string) {
    super(`No such file or directory: ${input}`);
  }
}

/** The .txt files named, and those under the directories named, in a stable order. */
export function collectFiles(inputs: string[]): string[] {
  const found = new Set<string>();
  const walk = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(target).sort()) {
        const child = path.join(target, name);
        const childStat = fs.statSync(child);
        if (childStat.isDirectory()) walk(child);
        else if (/\.txt$/i.test(name)) found.add(path.resolve(child));
      }
    } else {
      found.add(path.resolve(target));
    }
  };
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new NoSuchFileError(input);
    walk(input);
  }
  return [...found].sort();
}
