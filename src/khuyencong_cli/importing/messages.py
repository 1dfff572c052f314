"""Every message of ``kc import``, in Vietnamese and English."""

from __future__ import annotations

from ..i18n import register

register(
    {
        # failures (exit 2)
        "import.empty": {"vi": "{path}: tệp rỗng, không có gì để nhập.", "en": "{path}: the file is empty; nothing to import."},
        "import.too-large-bytes": {
            "vi": "Tệp nặng {size} MB, vượt giới hạn {limit} MB của kc import: hãy tách riêng phụ lục cần nhập.",
            "en": "The file is {size} MB, over kc import's limit of {limit} MB: save the annex you need on its own.",
        },
        "import.too-large": {
            "vi": "Tệp có {cells} ô, vượt giới hạn {limit} ô: hãy tách riêng biểu cần nhập.",
            "en": "The file has {cells} cells, over the limit of {limit}: save the table you need on its own.",
        },
        "import.not-utf8": {
            "vi": "Văn bản không phải UTF-8 (byte {offset}): hãy lưu lại dưới dạng UTF-8.",
            "en": "The text is not UTF-8 (byte {offset}): save it as UTF-8.",
        },
        "import.binary": {
            "vi": "Đây không phải văn bản thuần: hãy dùng đúng đuôi tệp (.xlsx, .docx, .pdf …).",
            "en": "This is not plain text: give the file its real extension (.xlsx, .docx, .pdf …).",
        },
        "import.doc": {
            "vi": "{path}: kc không đọc được tệp Word cũ (.doc). Hãy chuyển sang .docx, ví dụ: libreoffice --headless --convert-to docx {path}",
            "en": "{path}: kc cannot read old Word files (.doc). Convert it to .docx first, e.g. libreoffice --headless --convert-to docx {path}",
        },
        "import.unknown-format": {
            "vi": "{path}: không biết đọc tệp {suffix}. kc import đọc: {known}, hoặc - (văn bản dán vào).",
            "en": "{path}: kc cannot read {suffix} files. kc import reads: {known}, or - (pasted text).",
        },
        "import.no-tables": {
            "vi": "{path}: không tìm thấy biểu nào (với văn bản dán vào, các ô phải cách nhau bằng dấu Tab).",
            "en": "{path}: no table found (in pasted text, cells must be separated by tabs).",
        },
        "import.no-such-table": {
            "vi": "Không có biểu số {number}: tệp có {count} biểu.",
            "en": "There is no table {number}: the file has {count} tables.",
        },
        "import.broken": {
            "vi": "{path}: không đọc được tệp {format} ({reason}). Tệp bị hỏng hoặc không đúng định dạng.",
            "en": "{path}: cannot read this {format} file ({reason}). It is damaged or not what its name says.",
        },
        "import.encrypted": {
            "vi": "{path}: tệp được đặt mật khẩu. Hãy mở nó, bỏ mật khẩu, lưu lại rồi nhập.",
            "en": "{path}: the file is password-protected. Open it, remove the password, save it and import again.",
        },
        "import.pdf-no-text": {
            "vi": "{path}: PDF không có lớp chữ (ảnh quét). Hãy nhận dạng chữ trước, ví dụ: ocrmypdf -l vie {path} ra.pdf",
            "en": "{path}: the PDF has no text layer (a scan). Run OCR first, e.g. ocrmypdf -l vie {path} out.pdf",
        },
        "import.float-lost": {
            "vi": "{origin}: ô hiển thị {shown} nhưng chứa {value}; kc không đoán con số nào đúng. Hãy sửa ô hoặc định dạng số của nó.",
            "en": "{origin}: the cell shows {shown} but holds {value}; kc will not guess which is meant. Fix the cell or its number format.",
        },
        "import.map-invalid": {
            "vi": "{where}Tệp ánh xạ không hợp lệ: {reason}",
            "en": "{where}The mapping file is not valid: {reason}",
        },
        "import.map-syntax": {
            "vi": "{where}Tệp ánh xạ không phải YAML hợp lệ: {problem}",
            "en": "{where}The mapping file is not valid YAML: {problem}",
        },
        "import.map-version": {
            "vi": "tệp phải là một ánh xạ có dòng 'kc_import_map: {version}' (như kc import đã ghi)",
            "en": "the file must be a mapping with the line 'kc_import_map: {version}' (as kc import wrote it)",
        },
        "import.map-in-table": {"vi": "biểu thứ {number} trong tables: {reason}", "en": "table {number} of tables: {reason}"},
        "import.map-shape": {"vi": "'{key}' phải là {shape}", "en": "'{key}' must be {shape}"},
        "import.map-list": {"vi": "một danh sách", "en": "a list"},
        "import.map-mapping": {"vi": "một ánh xạ (khóa: giá trị)", "en": "a mapping (key: value)"},
        "import.map-missing": {"vi": "thiếu khóa '{key}'", "en": "the key '{key}' is missing"},
        "import.map-number": {
            "vi": "'{key}' phải là số nguyên, không phải {value}",
            "en": "'{key}' must be a whole number, not {value}",
        },
        "import.map-column": {
            "vi": "'{column}' không phải tên cột (A, B, …, Z, AA, …)",
            "en": "'{column}' is not a column name (A, B, …, Z, AA, …)",
        },
        "import.map-role": {
            "vi": "cột {column}: không có vai trò '{role}' (các vai trò: tt, name, unit, total, ignore, {{year: 2016}}, {{by_source: KCQG}})",
            "en": "column {column}: unknown role '{role}' (the roles: tt, name, unit, total, ignore, {{year: 2016}}, {{by_source: KCQG}})",
        },
        "import.map-kind": {
            "vi": "kind: không có loại '{kind}' (budget, results hoặc targets)",
            "en": "kind: '{kind}' is not known (budget, results or targets)",
        },
        "import.map-no-grid": {
            "vi": "Tệp ánh xạ nói tới biểu số {number}, nhưng tệp nguồn chỉ có {count} biểu.",
            "en": "The mapping file names table {number}, but the source has only {count} tables.",
        },
        "import.exists": {
            "vi": "{path} đã có: kc import không ghi đè một kế hoạch. Chọn tên khác với -o, hoặc thêm --force.",
            "en": "{path} exists: kc import never overwrites a plan. Choose another name with -o, or add --force.",
        },
        "import.cannot-read": {"vi": "Không đọc được {path}: {reason}", "en": "Cannot read {path}: {reason}"},
        "import.cannot-write": {"vi": "Không ghi được {path}: {reason}", "en": "Cannot write {path}: {reason}"},
        # what happened
        "import.written": {
            "vi": "Đã ghi bản nháp {path} ({tables} biểu, {rows} dòng). Kiểm tra các chú thích TODO rồi chạy: kc validate {path}",
            "en": "Wrote the draft {path} ({tables} tables, {rows} rows). Check the TODO comments, then run: kc validate {path}",
        },
        "import.map-written": {
            "vi": "Đã ghi cách đọc vào {path}: sửa nếu cần rồi nhập lại với --map {path}",
            "en": "Wrote how the file was read to {path}: edit it if needed and import again with --map {path}",
        },
        "import.map-kept": {
            "vi": "{path} đã có nên được giữ nguyên (dùng --map {path} để áp dụng, --force để ghi lại).",
            "en": "{path} exists and was kept (use --map {path} to apply it, --force to rewrite it).",
        },
        "import.dry-run": {
            "vi": "--- kc validate nói về bản nháp (chưa ghi gì) ---",
            "en": "--- what kc validate says of the draft (nothing written) ---",
        },
        # comments in the draft
        "import.draft.header": {
            "vi": "Bản nháp do kc import tạo từ {source}: mỗi số ghi kèm ô nguồn; TODO là chỗ cần người kiểm tra.",
            "en": "Draft made by kc import from {source}: each figure names its cell; TODO marks what a person must check.",
        },
        "import.draft.check": {
            "vi": "So từng số với văn bản gốc, điền các trường TODO, rồi chạy kc validate.",
            "en": "Check each figure against the original, fill the TODO fields, then run kc validate.",
        },
        "import.todo.title": {"vi": "TODO: đoán từ {origin}", "en": "TODO: guessed from {origin}"},
        "import.todo.no-title": {"vi": "TODO: ghi tên văn bản", "en": "TODO: write the document's title"},
        "import.todo.province": {"vi": "TODO: đoán từ {origin}", "en": "TODO: guessed from {origin}"},
        "import.todo.no-province": {"vi": "TODO: ghi tên tỉnh", "en": "TODO: write the province"},
        "import.todo.kind": {
            "vi": "TODO: programme | plan | annual-plan | project | results-report | news-article",
            "en": "TODO: programme | plan | annual-plan | project | results-report | news-article",
        },
        "import.todo.kind-table": {
            "vi": "TODO: budget | results | targets (đoán từ tiêu đề cột)",
            "en": "TODO: budget | results | targets (guessed from the headers)",
        },
        "import.todo.no-unit": {
            "vi": "TODO: không thấy dòng \"ĐVT:\"; kiểm tra đơn vị",
            "en": "TODO: no \"ĐVT:\" line found; check the unit",
        },
        "import.todo.period": {"vi": "TODO: từ các cột năm", "en": "TODO: from the year columns"},
        "import.todo.row-source": {
            "vi": "TODO: nguồn đoán từ tên dòng",
            "en": "TODO: source guessed from the row's name",
        },
        "import.todo.not-a-number": {
            "vi": "{origin} ghi \"{text}\", không phải một con số: đã bỏ qua",
            "en": "{origin} reads \"{text}\", which is not a number: left out",
        },
        "import.todo.no-tt": {
            "vi": "dòng không có số TT: kiểm tra nó thuộc dòng nào",
            "en": "a row without a TT number: check which row it belongs to",
        },
        "import.todo.ignored-column": {
            "vi": "cột \"{label}\" không rõ nghĩa nên bị bỏ qua",
            "en": "column \"{label}\" was not understood and was left out",
        },
        "import.todo.no-rows": {"vi": "TODO: không đọc được dòng nào", "en": "TODO: no row could be read"},
        "import.todo.no-total": {
            "vi": "không thấy dòng Cộng/Tổng cộng: thêm total nếu văn bản có",
            "en": "no Cộng/Tổng cộng row found: add total if the document states one",
        },
        "import.note.tt-guessed": {"vi": "cột đầu được coi là cột TT", "en": "the first column was taken as the TT column"},
        "import.note.name-guessed": {
            "vi": "cột tên nội dung được đoán theo vị trí",
            "en": "the name column was guessed from its place",
        },
        "import.note.two-totals": {
            "vi": "có nhiều cột tổng: chỉ cột đầu được dùng làm total",
            "en": "several total columns: only the first is used as the total",
        },
        "import.origin.table": {"vi": "từ {origin}", "en": "from {origin}"},
        "import.origin.unit": {"vi": "từ dòng \"{line}\"", "en": "from the line \"{line}\""},
        "import.origin.row": {"vi": "{origin}, TT {tt}", "en": "{origin}, TT {tt}"},
        "import.origin.source-name": {
            "vi": "TODO: kiểm tra tên đầy đủ của nguồn",
            "en": "TODO: check the source's full name",
        },
        "import.origin.plan-years": {"vi": "cột \"KH năm …\"", "en": "the \"KH năm …\" columns"},
        "import.origin.numbering": {
            "vi": "hàng đánh số cột: {numbering}",
            "en": "column-number row: {numbering}",
        },
        "import.origin.repeated-header": {
            "vi": "tiêu đề lặp lại sau ngắt trang ở {origin}: bỏ qua",
            "en": "header repeated after a page break at {origin}: skipped",
        },
        "import.claims.header": {
            "vi": "Các con số trong lời văn (ứng viên nhận định): bỏ dấu # những cái cần kiểm tra và điền of:.",
            "en": "Figures found in the prose (claim candidates): uncomment those to check and fill in of:.",
        },
        "import.claim.parts": {"vi": "có \"trong đó\": ghi parts", "en": "says \"trong đó\": write the parts"},
        "import.claim.per-year": {"vi": "có \"mỗi năm\": ghi per_year", "en": "says \"mỗi năm\": write per_year"},
        "import.claim.growth": {"vi": "tốc độ tăng bình quân: ghi growth", "en": "an average growth rate: write growth"},
        "import.claim.share": {"vi": "có tỷ lệ %: ghi share", "en": "a percentage: write share"},
        "import.claim.of": {"vi": "ghi of: biểu và dòng mà con số nói tới", "en": "write of: the table and rows it speaks of"},
    }
)
