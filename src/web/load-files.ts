import type { OpenedFile } from "./load-dataset.js";

/** Largest file the page reads, as the CLI's bound on a data file (512 MiB). */
export const MAX_OPENED_FILE_BYTES = 512 * 1024 * 1024;

/** A file too large to read, named with its size, instead of its bytes. */
export interface OversizedFile {
  readonly path: string;
  readonly size: number;
}

/** Files read from the browser, with their paths, and those refused for their size. */
export interface FilesRead {
  readonly files: OpenedFile[];
  readonly oversized: OversizedFile[];
}

async function readAll(entries: readonly { path: string; file: File }[]): Promise<FilesRead> {
  const files: OpenedFile[] = [];
  const oversized: OversizedFile[] = [];
  for (const { path, file } of entries) {
    if (file.size > MAX_OPENED_FILE_BYTES) oversized.push({ path, size: file.size });
    else files.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files, oversized };
}

/** The files of a file input: with their folder paths when a folder was chosen (`webkitdirectory`). */
export function readFileList(list: FileList): Promise<FilesRead> {
  return readAll([...list].map((file) => ({ path: file.webkitRelativePath || file.name, file })));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a dropped folder (readEntries gives them in batches until an empty one). */
async function folderEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, into: { path: string; file: File }[]): Promise<void> {
  if (entry.isFile) {
    into.push({ path: entry.fullPath.replace(/^\//, ""), file: await fileOf(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    for (const child of await folderEntries(entry as FileSystemDirectoryEntry)) await walk(child, into);
  }
}

/** The files of a drop: dropped folders are walked, so a graph-data folder keeps its layout. */
export async function readDataTransfer(transfer: DataTransfer): Promise<FilesRead> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === "file")
    .map((item) => ({ item, entry: item.webkitGetAsEntry?.() ?? null }));
  const found: { path: string; file: File }[] = [];
  if (entries.length > 0 && entries.every((e) => e.entry !== null)) {
    for (const { entry } of entries) await walk(entry!, found);
  } else {
    for (const file of transfer.files) found.push({ path: file.name, file });
  }
  return readAll(found);
}
