/** File-system error codes in words. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is not a folder",
  ENOTEMPTY: "the folder is not empty",
  EEXIST: "already exists",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EXDEV: "cannot move across file systems",
  EIO: "input/output error",
  EBUSY: "busy",
};

const WRITING = new Set(["write", "mkdir", "rename", "rm", "rmdir", "unlink", "ftruncate", "copyfile"]);

/** Whether an error is a Node file-system error (it has a code and the system call that failed). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof e.code === "string" && typeof e.syscall === "string";
}

/**
 * One clear line for a file-system error (the path, what went wrong, the code), or null when the
 * error is not one. Temporary names of atomic writes are shown as the path being written.
 */
export function fileSystemFailure(error: unknown): string | null {
  if (!isSystemError(error)) return null;
  const code = error.code!;
  const raw = error.path ?? (error as { dest?: string }).dest ?? "";
  const temporary = /\.partial-\d+-[a-z0-9]+$/;
  const path = raw.replace(temporary, "");
  const syscall = error.syscall!;
  const action =
    syscall === "scandir" || syscall === "opendir"
      ? "read the folder"
      : WRITING.has(syscall) || temporary.test(raw)
        ? "write"
        : syscall === "open"
          ? "open"
          : "read";
  const reason = REASONS[code] ?? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ .*$/, "");
  return `cannot ${action}${path === "" ? "" : ` ${path}`}: ${reason} (${code})`;
}
