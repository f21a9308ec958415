// A failed system call, in the user's words: Node's messages name the call
// and the errno ("ENOSPC: no space left on device, write"), which says
// nothing to someone who only redirected pakaz's output.

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

export function describeSystemError(error: unknown): string {
  switch (codeOf(error)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EISDIR":
      return "it is a folder";
    case "EIO":
      return "an input/output error on the device";
    case "EFBIG":
      return "the file would be too large";
    default: {
      const message = error instanceof Error ? error.message : String(error);
      // "ECODE: what happened, syscall 'path'" → "what happened".
      return message.replace(/^E[A-Z]+: /, "").replace(/, [a-z_]+(?: '.*')?$/, "");
    }
  }
}
