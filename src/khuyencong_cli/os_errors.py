"""Why the system refused to read or write a file, in the reader's language.

``OSError.strerror`` is the C library's English ("No such file or directory") whatever the
reader speaks; kc says it again from the error number instead. An error number without its
own sentence is named by its symbol (``EIO``), which is the same in both languages.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from .i18n import Msg, register

if TYPE_CHECKING:
    from .errors import UsageError

__all__ = ["os_reason", "output_failed"]

_KNOWN = {
    errno.ENOENT: "missing",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EISDIR: "directory",
    errno.ENOTDIR: "not-directory",
    errno.ENOSPC: "full",
    errno.EDQUOT: "quota",
    errno.EROFS: "read-only",
    errno.EEXIST: "exists",
    errno.ENAMETOOLONG: "too-long",
    errno.ELOOP: "loop",
    errno.EMFILE: "too-many",
    errno.ENFILE: "too-many",
    errno.EIO: "io",
    errno.EBUSY: "busy",
    errno.EFBIG: "too-big",
}


def os_reason(exc: OSError) -> Msg:
    """The reason of ``exc`` as a catalog message (rendered later, in the reader's language)."""
    known = _KNOWN.get(exc.errno or 0)
    if known is not None:
        return Msg(f"os.{known}")
    name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return Msg("os.other", {"name": name})


register(
    {
        "os.missing": {"en": "no such file or directory", "vi": "không có tệp hay thư mục này"},
        "os.denied": {"en": "permission denied", "vi": "không có quyền truy cập"},
        "os.directory": {"en": "it is a directory, not a file", "vi": "đây là thư mục, không phải tệp"},
        "os.not-directory": {"en": "a part of the path is not a directory", "vi": "một phần của đường dẫn không phải thư mục"},
        "os.full": {"en": "no space left on the disk", "vi": "ổ đĩa đã hết chỗ trống"},
        "os.quota": {"en": "the disk quota is used up", "vi": "đã dùng hết hạn mức dung lượng đĩa"},
        "os.read-only": {"en": "the disk is read-only", "vi": "ổ đĩa chỉ cho phép đọc"},
        "os.exists": {"en": "the file already exists", "vi": "tệp đã có sẵn"},
        "os.too-long": {"en": "the file name is too long", "vi": "tên tệp quá dài"},
        "os.loop": {"en": "too many symbolic links in the path", "vi": "đường dẫn có quá nhiều liên kết tượng trưng"},
        "os.too-many": {"en": "too many files are open", "vi": "đang mở quá nhiều tệp"},
        "os.io": {"en": "the disk could not be read or written (input/output error)", "vi": "không đọc hoặc ghi được ổ đĩa (lỗi vào/ra)"},
        "os.busy": {"en": "the file is in use", "vi": "tệp đang được dùng"},
        "os.too-big": {"en": "the file is too large", "vi": "tệp quá lớn"},
        "os.other": {"en": "system error {name}", "vi": "lỗi hệ thống {name}"},
    }
)


def output_failed(exc: OSError, path: str | None = None) -> UsageError:
    """The error to report when output could not be written to ``path`` (else the file the
    system names, else standard output, named ``-``): a full disk or an I/O error ends the
    run with exit 2 and this message, not a traceback. Nothing more is written to standard
    output once it has failed."""
    import os
    import sys

    from .errors import UsageError

    shown = path or (exc.filename if isinstance(exc.filename, str) else "-")
    if shown == "-":
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  (nothing more can be written there)
    return UsageError("cli.cannot-write", path=shown, reason=os_reason(exc))
