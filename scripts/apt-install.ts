import { execFileSync } from 'node:child_process';

/** Held while this project's tests install Debian packages: one install at a time, the others wait for it. */
export const APT_LOCK = '/tmp/xxgk-audit-apt.lock';
/** How long a waiting install may wait for the one before it (a LibreOffice install takes minutes on a slow mirror). */
const WAIT_S = 900;

/**
 * `apt-get update` then `apt-get install -y` of `packages`, as root (the callers check that). Two test files
 * that each lack a tool (the scan tests and the PDF matrix, say) run at once: dpkg takes its lock for one
 * and the other's apt-get used to fail at once ("Could not get lock /var/lib/dpkg/lock-frontend"). So each
 * install waits its turn under flock(1) (util-linux, on every Debian), and apt itself waits for a dpkg lock
 * held by anything else (DPkg::Lock::Timeout, apt ≥ 1.9.11). `lean`: without the packages' recommends.
 */
export function aptInstall(packages: readonly string[], { lean = false }: { lean?: boolean } = {}): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const wait = ['-o', `DPkg::Lock::Timeout=${WAIT_S}`];
  const locked = (args: string[]) => execFileSync('flock', ['-w', String(WAIT_S), APT_LOCK, 'apt-get', ...wait, ...args], { stdio: 'ignore', env });
  locked(['update', '-qq']);
  locked(['install', '-y', '-qq', ...(lean ? ['--no-install-recommends'] : []), ...packages]);
}
