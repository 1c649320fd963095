/** Polls `check` every 250 ms until it holds, for at most `seconds`: whether it came to hold (a job runner's work, say). */
export async function waitFor(check: () => Promise<boolean>, seconds = 20): Promise<boolean> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
