import { main, type Io } from '../../cli/main';

/** main() in-process with its output captured: the CLI's behaviour without the cost of a child process. */
export async function runMain(argv: string[], io: Partial<Io> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), ...io });
  return { code, stdout, stderr };
}
