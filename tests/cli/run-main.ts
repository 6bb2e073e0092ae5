import { main, type Io } from '../../cli/main';

/**
 * main() in-process with its output captured: the CLI's behaviour without the cost of a child process.
 * One job unless the test asks for more: each worker of the sources starts through tsx (about a second
 * of compiling on this machine), so a second one would only slow the test down.
 */
export async function runMain(argv: string[], io: Partial<Io> = {}) {
  let stdout = '';
  let stderr = '';
  const jobs = argv.some((a) => /^(--jobs|-j)/.test(a)) ? [] : ['--jobs', '1'];
  const code = await main([...argv, ...jobs], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), ...io });
  return { code, stdout, stderr };
}
