"""Every message the command line itself prints (help pages, usage errors, what it wrote), in
both languages: the one module that owns them. Core modules register their own messages.

Kept outside the ``cli`` package so the message-catalog test sees them without importing typer,
and small: printing help imports this module and :mod:`khuyencong_cli.i18n`, nothing else.

Help keys follow the command line: ``help.kc`` for the program, ``help.<command>`` for a
command (first paragraph: the line shown in the command list), ``help.<command>.<param>`` for
a parameter, ``help.<param>`` for one shared by several commands; ``metavar.<param>`` (or
``metavar.<command>.<param>``) names what stands for a value.
"""

from __future__ import annotations

from .i18n import register

register(
    {
        "cli.no-files": {
            "en": "no plan files found in the given paths",
            "vi": "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho",
        },
        "cli.not-loaded": {
            "en": "a plan could not be loaded",
            "vi": "không tải được một kế hoạch",
        },
        "cli.unknown-rule": {
            "en": "unknown rule '{rule}' (see kc rules)",
            "vi": "không có quy tắc '{rule}' (xem kc rules)",
        },
        "cli.explain.examples": {
            "en": "The Bad and Good examples above are checked by kc's own tests.",
            "vi": "Các ví dụ Bad (sai) và Good (đúng) ở trên được kiểm tra trong bộ kiểm thử của kc.",
        },
        "cli.bad-unit": {
            "en": "'{unit}' is not a money unit: use \"đồng\", \"nghìn\", \"triệu\" or \"tỷ\"",
            "vi": "'{unit}' không phải đơn vị tiền: dùng đồng, nghìn, triệu hoặc tỷ",
        },
        "cli.xlsx-needs-output": {
            "en": "xlsx is a binary format: name the file with -o, e.g. -o summary.xlsx",
            "vi": "xlsx là định dạng nhị phân: đặt tên tệp bằng -o, ví dụ -o tong-hop.xlsx",
        },
        "cli.format-against-xlsx-name": {
            "en": "-f {format} writes text, but -o {path} names a workbook: drop -f to write the workbook, or give -o a name that does not end in .xlsx",
            "vi": "-f {format} ghi văn bản, nhưng -o {path} là tên một sổ tính Excel: bỏ -f để ghi sổ tính, hoặc đặt cho -o một tên không có đuôi .xlsx",
        },
        "cli.binary-to-terminal": {
            "en": "an xlsx workbook is binary and standard output is a terminal: name a file with -o, or redirect (-o - > summary.xlsx)",
            "vi": "bảng tính xlsx là dữ liệu nhị phân và đầu ra chuẩn là màn hình: đặt tên tệp bằng -o, hoặc chuyển hướng (-o - > tong-hop.xlsx)",
        },
        "cli.cannot-write": {
            "en": "cannot write {path}: {reason}",
            "vi": "không ghi được {path}: {reason}",
        },
        "cli.report-written": {
            "en": "wrote {path} ({count} plan(s))",
            "vi": "đã ghi {path} ({count} kế hoạch)",
        },
        "cli.bad-tolerance": {
            "en": "'{value}' is not a tolerance: write a number such as 0, 0,5 or 1",
            "vi": "'{value}' không phải dung sai hợp lệ: ghi một số như 0, 0,5 hoặc 1",
        },
    }
)

# The words of the help page and of usage errors (what click would print in English).
register(
    {
        "cli.usage": {"en": "Usage", "vi": "Cách dùng"},
        "cli.usage.options": {"en": "[OPTIONS]", "vi": "[TÙY_CHỌN]"},
        "cli.usage.command": {"en": "COMMAND [ARGS]...", "vi": "LỆNH [ĐỐI_SỐ]..."},
        "cli.usage.try": {"en": "Try '{command}' for help.", "vi": "Xem hướng dẫn: '{command}'."},
        "cli.error": {"en": "Error", "vi": "Lỗi"},
        "cli.section.arguments": {"en": "Arguments", "vi": "Đối số"},
        "cli.section.options": {"en": "Options", "vi": "Tùy chọn"},
        "cli.section.commands": {"en": "Commands", "vi": "Lệnh"},
        "cli.help.default": {"en": "default: {value}", "vi": "mặc định: {value}"},
        "cli.help.range": {"en": "{low}N{high}", "vi": "{low}N{high}"},
        "cli.help.required": {"en": "required", "vi": "bắt buộc"},
        "cli.bad.no-such-option": {"en": "no such option: {option}", "vi": "không có tùy chọn {option}"},
        "cli.bad.no-such-command": {"en": "no such command '{name}'", "vi": "không có lệnh '{name}'"},
        "cli.bad.did-you-mean": {"en": "(did you mean {names}?)", "vi": "(có phải ý bạn là {names}?)"},
        "cli.bad.missing-argument": {"en": "missing argument {name}", "vi": "thiếu đối số {name}"},
        "cli.bad.missing-option": {"en": "missing option {name}", "vi": "thiếu tùy chọn {name}"},
        "cli.bad.missing-command": {"en": "missing command", "vi": "thiếu lệnh"},
        "cli.bad.choose": {"en": "Choose from: {choices}.", "vi": "Chọn một trong: {choices}."},
        "cli.bad.invalid-for": {"en": "invalid value for {name}: {problem}", "vi": "giá trị không hợp lệ cho {name}: {problem}"},
        "cli.bad.choice": {"en": "'{value}' is not one of {choices}", "vi": "'{value}' không thuộc các giá trị {choices}"},
        "cli.bad.at-least": {"en": "{value} is below the smallest value allowed, {limit}", "vi": "{value} nhỏ hơn giá trị nhỏ nhất cho phép là {limit}"},
        "cli.bad.above": {"en": "{value} must be greater than {limit}", "vi": "{value} phải lớn hơn {limit}"},
        "cli.bad.at-most": {"en": "{value} is above the largest value allowed, {limit}", "vi": "{value} lớn hơn giá trị lớn nhất cho phép là {limit}"},
        "cli.bad.below": {"en": "{value} must be less than {limit}", "vi": "{value} phải nhỏ hơn {limit}"},
        "cli.bad.integer": {"en": "'{value}' is not a whole number", "vi": "'{value}' không phải số nguyên"},
        "cli.bad.value": {"en": "'{value}' cannot be used here", "vi": "không dùng được '{value}' ở đây"},
        "cli.bad.no-value": {"en": "option {option} does not take a value", "vi": "tùy chọn {option} không nhận giá trị"},
        "cli.bad.needs-value": {"en": "option {option} needs a value", "vi": "tùy chọn {option} cần một giá trị"},
        "cli.bad.extra-arguments": {"en": "unexpected extra argument(s): {words}", "vi": "thừa đối số: {words}"},
        "cli.bad.lang": {"en": "'{value}' is not a language kc speaks: use vi or en", "vi": "kc không có ngôn ngữ '{value}': dùng vi hoặc en"},
        "cli.completion.unsupported": {"en": "cannot complete for the shell '{shell}': kc completes in {shells}", "vi": "không có tự động điền cho trình lệnh '{shell}': kc hỗ trợ {shells}"},
        "cli.completion.installed": {"en": "{shell} completion installed in {path}; it works in new terminals", "vi": "đã cài tự động điền cho {shell} vào {path}; có hiệu lực ở cửa sổ dòng lệnh mới"},
    }
)

# What stands for a value in the help page and usage line.
register(
    {
        "metavar.value": {"en": "VALUE", "vi": "GIÁ_TRỊ"},
        "metavar.number": {"en": "N", "vi": "N"},
        "metavar.paths": {"en": "PATH", "vi": "ĐƯỜNG_DẪN"},
        "metavar.file": {"en": "FILE", "vi": "TỆP"},
        "metavar.rule_id": {"en": "RULE", "vi": "QUY_TẮC"},
        "metavar.rules": {"en": "RULES", "vi": "QUY_TẮC"},
        "metavar.select": {"en": "RULES", "vi": "QUY_TẮC"},
        "metavar.ignore": {"en": "RULES", "vi": "QUY_TẮC"},
        "metavar.config_file": {"en": "FILE", "vi": "TỆP"},
        "metavar.baseline": {"en": "FILE", "vi": "TỆP"},
        "metavar.output": {"en": "FILE", "vi": "TỆP"},
        "metavar.mapping": {"en": "FILE", "vi": "TỆP"},
        "metavar.unit": {"en": "UNIT", "vi": "ĐƠN_VỊ"},
        "metavar.exclude": {"en": "PATTERN", "vi": "MẪU"},
        "metavar.table": {"en": "TABLE", "vi": "BIỂU"},
        "metavar.import.table": {"en": "N", "vi": "N"},
        "metavar.tolerance": {"en": "AMOUNT", "vi": "SỐ_TIỀN"},
        "metavar.title": {"en": "TEXT", "vi": "TIÊU_ĐỀ"},
        "metavar.first": {"en": "A", "vi": "A"},
        "metavar.second": {"en": "B", "vi": "B"},
        "metavar.old": {"en": "OLD", "vi": "BẢN_CŨ"},
        "metavar.new": {"en": "NEW", "vi": "BẢN_MỚI"},
        "metavar.source": {"en": "SRC", "vi": "TỆP"},
        "metavar.lang": {"en": "vi|en", "vi": "vi|en"},
    }
)

# The help page of every command and parameter.
register(
    {
        "help.kc": {
            "en": "kc: check and reconcile the budgets of Vietnamese \"khuyến công\" (industrial promotion) plans.",
            "vi": "kc: kiểm tra và đối chiếu kinh phí các kế hoạch khuyến công.",
        },
        "help.help": {"en": "Show this help and exit.", "vi": "Hiện hướng dẫn này rồi thoát."},
        "help.version": {"en": "Show the version and exit.", "vi": "Hiện phiên bản rồi thoát."},
        "help.lang": {
            "en": "Language of messages: vi or en (default: KC_LANG, then the locale).",
            "vi": "Ngôn ngữ hiển thị: vi hoặc en (mặc định: biến KC_LANG, sau đó theo ngôn ngữ hệ thống).",
        },
        "help.plain_numbers": {
            "en": "Show 7763.455 instead of 7.763,455.",
            "vi": "Ghi số dạng 7763.455 thay cho 7.763,455.",
        },
        "help.paths": {
            "en": "Plan files, or directories searched for *.yaml / *.yml; - for stdin.",
            "vi": "Tệp kế hoạch, hoặc thư mục để tìm các tệp *.yaml / *.yml; - để đọc từ đầu vào chuẩn.",
        },
        "help.install_completion": {
            "en": "Install tab completion for the shell (bash, zsh or fish).",
            "vi": "Cài tự động điền bằng phím Tab cho trình lệnh (bash, zsh hoặc fish).",
        },
        "help.show_completion": {
            "en": "Print the tab completion script for the shell, to copy or adapt it.",
            "vi": "In đoạn mã tự động điền cho trình lệnh, để chép hoặc sửa theo ý.",
        },
        "help.validate": {
            "en": "Check plans and report every inconsistency with its place in the file.\n\n"
            "Exit codes: 0 no finding at or above the failing severity; 1 such findings; "
            "2 could not check (bad usage or configuration, an invalid plan, an internal error).",
            "vi": "Kiểm tra kế hoạch và chỉ ra từng chỗ không khớp kèm vị trí trong tệp.\n\n"
            "Mã thoát: 0 không có phát hiện nào từ mức làm hỏng trở lên; 1 có phát hiện như vậy; "
            "2 không kiểm tra được (dùng sai lệnh hoặc cấu hình, kế hoạch không hợp lệ, lỗi bên trong kc).",
        },
        "help.validate.output_format": {
            "en": "Output format (default: text; github in GitHub Actions).",
            "vi": "Định dạng kết quả (mặc định: text; github khi chạy trong GitHub Actions).",
        },
        "help.validate.config_file": {
            "en": "Configuration file (default: the nearest kc.toml or pyproject.toml).",
            "vi": "Tệp cấu hình (mặc định: tệp kc.toml hoặc pyproject.toml gần nhất).",
        },
        "help.validate.strict": {
            "en": "Exit 1 on warnings too (same as --fail-on warning).",
            "vi": "Thoát với mã 1 cả khi chỉ có cảnh báo (như --fail-on warning).",
        },
        "help.validate.fail_on": {
            "en": "Lowest severity that makes kc exit 1 (default: error).",
            "vi": "Mức nghiêm trọng thấp nhất khiến kc thoát với mã 1 (mặc định: error, tức lỗi).",
        },
        "help.validate.select": {
            "en": "Only these rules (id, name or prefix; repeat or separate with commas).",
            "vi": "Chỉ chạy các quy tắc này (mã, tên hoặc tiền tố; lặp lại tùy chọn hoặc ngăn bằng dấu phẩy).",
        },
        "help.validate.ignore": {
            "en": "Skip these rules (id, name or prefix; repeat or separate with commas).",
            "vi": "Bỏ qua các quy tắc này (mã, tên hoặc tiền tố; lặp lại tùy chọn hoặc ngăn bằng dấu phẩy).",
        },
        "help.validate.quiet": {
            "en": "Only the findings that fail the check; no summary line.",
            "vi": "Chỉ hiện các phát hiện làm hỏng lần kiểm tra; không có dòng tổng kết.",
        },
        "help.validate.statistics": {"en": "Count the findings per rule.", "vi": "Đếm số phát hiện theo từng quy tắc."},
        "help.validate.jobs": {
            "en": "Check files in N processes (0: one per CPU).",
            "vi": "Kiểm tra các tệp bằng N tiến trình (0: mỗi CPU một tiến trình).",
        },
        "help.validate.baseline": {
            "en": "Fail only on findings not in this baseline file.",
            "vi": "Chỉ báo hỏng với các phát hiện chưa có trong tệp mốc này.",
        },
        "help.exclude": {
            "en": "Skip paths matching this pattern when searching directories (gitignore syntax; repeatable).",
            "vi": "Bỏ qua các đường dẫn khớp mẫu này khi tìm trong thư mục (cú pháp gitignore; lặp lại được).",
        },
        "help.plans_only": {
            "en": "Pass over named files too when they are not kc plans (pre-commit).",
            "vi": "Bỏ qua cả các tệp được nêu tên nếu chúng không phải kế hoạch kc (dùng với pre-commit).",
        },
        "help.validate.update_baseline": {
            "en": "Write the current findings to the baseline file.",
            "vi": "Ghi các phát hiện hiện có vào tệp mốc.",
        },
        "help.rules": {
            "en": "List every rule: id, name, default severity and what it checks.",
            "vi": "Liệt kê mọi quy tắc: mã, tên, mức nghiêm trọng mặc định và điều được kiểm tra.",
        },
        "help.rules.markdown": {"en": "The Markdown table of the README.", "vi": "Bảng Markdown dùng trong README."},
        "help.explain": {
            "en": "Show a rule's documentation and its bad and good examples.",
            "vi": "Hiện tài liệu của một quy tắc cùng ví dụ sai và ví dụ đúng.",
        },
        "help.explain.rule_id": {"en": "A rule id or name, e.g. KC101.", "vi": "Mã hoặc tên quy tắc, ví dụ KC101."},
        "help.schema": {
            "en": "Print the JSON Schema of the plan format.",
            "vi": "In lược đồ JSON (JSON Schema) của định dạng kế hoạch.",
        },
        "help.schema.path": {
            "en": "Print where the installed copy of the schema is, for a $schema modeline.",
            "vi": "In đường dẫn tới bản lược đồ đã cài, để ghi vào dòng $schema.",
        },
        "help.schema.output": {"en": "Write the schema to this file.", "vi": "Ghi lược đồ vào tệp này."},
        "help.import": {
            "en": "Turn a spreadsheet, a Word or PDF annex, a web page or pasted text into a draft plan.\n\n"
            "Exit 0 when the draft is written (or printed); 2 when the input cannot be imported or the plan already exists.",
            "vi": "Chuyển một bảng tính, một phụ lục Word hoặc PDF, một trang web hoặc văn bản dán vào thành bản nháp kế hoạch.\n\n"
            "Mã thoát 0 khi đã ghi (hoặc in) bản nháp; 2 khi không nhập được hoặc tệp kế hoạch đã có.",
        },
        "help.import.source": {
            "en": "An .xlsx, .xls, .ods, .docx, .pdf, .html or .txt file; - for pasted text.",
            "vi": "Tệp .xlsx, .xls, .ods, .docx, .pdf, .html hoặc .txt; - để đọc văn bản dán vào.",
        },
        "help.import.output": {
            "en": "The draft plan to write (default: the source's name with .yaml).",
            "vi": "Tệp bản nháp kế hoạch sẽ ghi (mặc định: tên tệp nguồn, đuôi .yaml).",
        },
        "help.import.table": {"en": "Import only the N-th table.", "vi": "Chỉ nhập biểu thứ N."},
        "help.import.mapping": {
            "en": "Read the tables as this mapping file says, instead of guessing.",
            "vi": "Đọc các biểu theo tệp ánh xạ này thay vì tự đoán.",
        },
        "help.import.dry_run": {
            "en": "Print the draft and what kc validate says of it; write nothing.",
            "vi": "In bản nháp và kết quả kc validate; không ghi tệp nào.",
        },
        "help.import.force": {
            "en": "Overwrite an existing plan or mapping file.",
            "vi": "Ghi đè tệp kế hoạch hoặc tệp ánh xạ đã có.",
        },
        "help.summary": {
            "en": "Show the money of plans, computed from their table cells, beside what they state.",
            "vi": "Hiện kinh phí của các kế hoạch, tính từ các ô của biểu, bên cạnh số văn bản ghi.",
        },
        "help.summary.by_source": {"en": "Totals per funding source.", "vi": "Tổng theo nguồn kinh phí."},
        "help.summary.by_year": {"en": "Totals per year.", "vi": "Tổng theo năm."},
        "help.summary.by_item": {"en": "Totals per line item.", "vi": "Tổng theo từng nội dung."},
        "help.summary.by_province": {
            "en": "One grid across all plans, per province.",
            "vi": "Một bảng chung cho mọi kế hoạch, theo tỉnh.",
        },
        "help.summary.by_kind": {
            "en": "One grid across all plans, planned against spent.",
            "vi": "Một bảng chung cho mọi kế hoạch, kế hoạch so với thực hiện.",
        },
        "help.summary.unit": {
            "en": "Display unit: \"đồng\", \"nghìn\", \"triệu\", \"tỷ\" (exact conversion).",
            "vi": "Đơn vị hiển thị: đồng, nghìn, triệu, tỷ (quy đổi chính xác).",
        },
        "help.summary.output_format": {
            "en": "Output format (default: table; xlsx needs -o).",
            "vi": "Định dạng kết quả (mặc định: table, tức bảng; xlsx cần -o).",
        },
        "help.summary.output": {
            "en": "Write to this file; a .xlsx name writes a workbook.",
            "vi": "Ghi vào tệp này; tên có đuôi .xlsx thì ghi sổ tính Excel.",
        },
        "help.summary.chart": {"en": "Draw bars in the terminal.", "vi": "Vẽ biểu đồ cột ngay trong cửa sổ dòng lệnh."},
        "help.summary.table": {
            "en": "Only these tables (ids), even one that restates another, e.g. an annex.",
            "vi": "Chỉ các biểu này (theo mã), kể cả biểu nhắc lại biểu khác, ví dụ một phụ lục.",
        },
        "help.reconcile": {
            "en": "Reconcile a plan with its results, or a table with the annex or article restating it.\n\n"
            "Exit 0 when every compared difference is within the tolerance, 1 when one exceeds it or when "
            "nothing could be matched while both sides hold money, 2 on bad input.",
            "vi": "Đối chiếu kế hoạch với kết quả thực hiện, hoặc một biểu với phụ lục hay bài viết nhắc lại nó.\n\n"
            "Mã thoát 0 khi mọi chênh lệch nằm trong dung sai, 1 khi có chênh lệch vượt dung sai hoặc không ghép "
            "được gì dù cả hai vế đều có số tiền, 2 khi đầu vào sai.",
        },
        "help.reconcile.first": {
            "en": "Plan file, or FILE#TABLE (the plan side).",
            "vi": "Tệp kế hoạch, hoặc TỆP#BIỂU (vế kế hoạch).",
        },
        "help.reconcile.second": {
            "en": "Plan file, or FILE#TABLE (the results side).",
            "vi": "Tệp kế hoạch, hoặc TỆP#BIỂU (vế kết quả).",
        },
        "help.reconcile.tolerance": {
            "en": "Largest difference accepted, in the display unit (e.g. 0,5).",
            "vi": "Chênh lệch lớn nhất được chấp nhận, theo đơn vị hiển thị (ví dụ 0,5).",
        },
        "help.reconcile.mode": {
            "en": "plan-results (plan against results), restatement (a table restated) or auto.",
            "vi": "plan-results (kế hoạch so với kết quả), restatement (biểu được nhắc lại) hoặc auto (tự chọn).",
        },
        "help.reconcile.unit": {"en": "Display unit: \"đồng\", \"nghìn\", \"triệu\", \"tỷ\".", "vi": "Đơn vị hiển thị: đồng, nghìn, triệu, tỷ."},
        "help.output_format": {"en": "Output format.", "vi": "Định dạng kết quả."},
        "help.diff": {
            "en": "Show the figures added, removed and changed between two versions of a plan.\n\n"
            "Exit 0 whatever changed (differences are not errors), 2 when a file cannot be read.",
            "vi": "Hiện các số liệu được thêm, bỏ và sửa giữa hai bản của một kế hoạch.\n\n"
            "Mã thoát 0 dù có thay đổi gì (khác nhau không phải lỗi), 2 khi không đọc được tệp.",
        },
        "help.diff.old": {"en": "The earlier version of the plan.", "vi": "Bản trước của kế hoạch."},
        "help.diff.new": {"en": "The later version.", "vi": "Bản sau."},
        "help.report": {
            "en": "Write one self-contained HTML page: findings, summary tables and charts per plan.\n\n"
            "Exit 0 when the page is written; 2, writing nothing, when a plan cannot be loaded.",
            "vi": "Ghi một trang HTML độc lập: các phát hiện, bảng tổng hợp và biểu đồ của từng kế hoạch.\n\n"
            "Mã thoát 0 khi đã ghi trang; 2, không ghi gì, khi không tải được một kế hoạch.",
        },
        "help.report.output": {"en": "The HTML file to write.", "vi": "Tệp HTML sẽ ghi."},
        "help.report.title": {"en": "Page title.", "vi": "Tiêu đề trang."},
        "help.report.full_sections": {
            "en": "Up to this many plans, each gets its full section; beyond it, the page is an index table "
            "of every plan (totals, findings) and full sections only for the plans with findings.",
            "vi": "Tối đa bấy nhiêu kế hoạch thì mỗi kế hoạch có phần trình bày đầy đủ; nhiều hơn thì trang là "
            "một bảng mục lục mọi kế hoạch (tổng kinh phí, số phát hiện) và chỉ trình bày đầy đủ các kế hoạch có phát hiện.",
        },
    }
)
