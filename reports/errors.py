"""Errors of writing report files, importable without loading openpyxl or reportlab."""

from __future__ import annotations

import errno
from pathlib import Path


class ReportWriteError(Exception):
    """A report file could not be written; the message says why in Chinese and names the path."""


# The operating system's words for the usual failures are English (and may name a temporary file).
_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "磁盘或文件夹只读",
    errno.EACCES: "没有写入权限",
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "路径中有一段是文件，不是文件夹",
    errno.EISDIR: "同名的文件夹已存在",
    errno.ENAMETOOLONG: "文件名太长",
}


def os_reason(exc: OSError) -> str:
    """Why an OS call failed, in Chinese when it is a usual failure."""
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def not_a_folder(folder: Path) -> Path | None:
    """The first of folder and its parents that exists but is a file: nothing can be written under
    it, and the OS would only say 'Not a directory' about a temporary name."""
    for ancestor in (folder, *folder.parents):
        if ancestor.is_dir():
            return None
        if ancestor.exists():
            return ancestor
    return None


def check_target(path: Path) -> None:
    """Refuse, before writing anything, a file whose folder cannot hold it."""
    blocker = not_a_folder(path.parent)
    if blocker is not None:
        raise ReportWriteError(f"无法写入 {path}：上级路径 {blocker} 不是文件夹")
    if not path.parent.is_dir():
        raise ReportWriteError(f"无法写入 {path}：文件夹 {path.parent} 不存在")
    if path.is_dir():
        raise ReportWriteError(f"无法写入 {path}：这是一个文件夹，请给出文件名")
