"""The Vietnamese documentation of every rule, in one place.

A rule's English documentation is its check function's docstring; ``kc explain --lang vi``
needs the same prose in Vietnamese, for the officers, finance departments and auditors who read
it. Keeping every translation here (and not in the rule modules) leaves the rules unchanged and
gives translators one file to review. Only the prose before ``Bad:`` is translated: the
``Bad:`` and ``Good:`` examples are YAML plans, shown as they are by ``Rule.documentation``.
A test (tests/test_rule_docs_vi.py) keeps this dict complete: every registered rule id needs an
entry, and no entry may name a rule that does not exist.
"""

from __future__ import annotations

__all__ = ["DOCS_VI"]

_CANNOT_CHECK = "Không thể kiểm tra một kế hoạch gặp lỗi này: kc kết thúc với mã thoát 2."

DOCS_VI: dict[str, str] = {
    # Load rules: the plan cannot be read, so no other rule runs.
    "KC001": (
        "Không đọc được tệp (không tồn tại, là một thư mục, hoặc không phải văn bản UTF-8).\n\n"
        + _CANNOT_CHECK
    ),
    "KC002": "Tệp không phải YAML hợp lệ.\n\n" + _CANNOT_CHECK,
    "KC003": "Một khóa xuất hiện hai lần trong cùng một ánh xạ (mapping).\n\n" + _CANNOT_CHECK,
    "KC004": (
        "Một số liệu không đặt trong dấu ngoặc kép sẽ bị YAML đọc thành số thực "
        "(1.200 → 1,2).\n\n" + _CANNOT_CHECK
    ),
    "KC005": "Một giá trị sai kiểu dữ liệu, hoặc thiếu một trường bắt buộc.\n\n" + _CANNOT_CHECK,
    "KC006": (
        "Dùng một mã nguồn kinh phí, mã bảng hoặc mã dòng chưa được khai báo.\n\n" + _CANNOT_CHECK
    ),
    # Suppression comments.
    "KC007": (
        "Chú thích bỏ qua phải nêu lý do chấp nhận phát hiện, để người rà soát có thể đánh giá\n"
        "về sau. Phát hiện đó vẫn được bỏ qua; lỗi này được báo thay cho nó."
    ),
    "KC008": (
        "Một chú thích bỏ qua không còn khớp với phát hiện nào (số liệu đã được sửa, hoặc chú\n"
        "thích đặt sai dòng) sẽ âm thầm che giấu một lỗi phát sinh sau này: hãy xóa chú thích đó.\n"
        "Chú thích cuối dòng chỉ áp dụng cho các phát hiện trên chính dòng đó; ``ignore-file``\n"
        "áp dụng cho cả tệp."
    ),
    "KC009": (
        "Chú thích bỏ qua phải ghi trong ngoặc vuông các quy tắc được bỏ qua, theo mã, theo tên\n"
        "hoặc theo phần đầu của mã: ``# kc: ignore[KC101] lý do`` hoặc\n"
        "``# kc: ignore-file[KC203,KC204] lý do``. Chú thích ``# kc: ignore`` không ghi quy tắc,\n"
        "hoặc ghi một quy tắc không tồn tại, đều bị từ chối, để một lỗi gõ nhầm không bao giờ\n"
        "che giấu mọi phát hiện."
    ),
    # Totals.
    "KC101": (
        "Tổng ghi ở một dòng (cột Tổng) phải bằng tổng các ô của dòng đó.\n\n"
        "Ô để trống được tính là 0. Quy tắc áp dụng cho mọi dòng, mọi dòng con và cả dòng Cộng."
    ),
    "KC102": (
        "Dòng Cộng / Tổng cộng phải bằng tổng các dòng phía trên: theo từng năm và từng nguồn,\n"
        "theo từng nguồn, và ở cột tổng."
    ),
    "KC103": (
        "Một dòng có các dòng con (I → 1, 2, 3) phải bằng tổng các dòng con đó, ở từng ô và ở\n"
        "cột tổng."
    ),
    "KC104": (
        "Cột Tổng cộng của mỗi nguồn phải bằng tổng các ô của nguồn đó, và các tổng theo từng\n"
        "nguồn cộng lại phải bằng Tổng chung của dòng."
    ),
    "KC105": (
        "Cộng các tổng ghi ở từng dòng và cộng các ô ghi ở dòng Cộng phải ra cùng một tổng cộng\n"
        "chung; nếu không, ít nhất một con số tổng đã ghi bị sai."
    ),
    "KC106": (
        "Khi tổng của một dòng và tổng của một cột cùng lệch một khoản như nhau, thì ô nằm ở chỗ\n"
        "giao nhau của dòng và cột đó giải thích được cả hai chênh lệch; kc chỉ ra ô đó và số\n"
        "liệu mà ô đó lẽ ra phải ghi."
    ),
    # Periods and dates.
    "KC201": (
        "Năm kết thúc của một giai đoạn không được trước năm bắt đầu. Với chương trình 5 năm,\n"
        "giai đoạn đúng nhiều khả năng là năm bắt đầu + 4 (2021 → 2021-2025)."
    ),
    "KC202": (
        "Mọi cột năm và năm của mọi ô đều phải nằm trong giai đoạn của bảng (giai đoạn ghi trên\n"
        "chính bảng, nếu không có thì giai đoạn của văn bản; riêng bảng kết quả thực hiện chỉ\n"
        "đối chiếu với giai đoạn ghi trên chính bảng)."
    ),
    "KC203": (
        "Các cột năm của một bảng phải có đủ mọi năm của giai đoạn, mỗi năm một lần, theo đúng\n"
        "thứ tự; và mỗi ô phải thuộc về một cột năm."
    ),
    "KC204": (
        'Nhãn giai đoạn có ghi số năm ("7 năm (2009-2015)") phải khớp với khoảng năm, tính cả\n'
        "năm đầu và năm cuối; giai đoạn riêng của một bảng kinh phí hoặc bảng chỉ tiêu phải nằm\n"
        "trong giai đoạn của kế hoạch."
    ),
    "KC205": (
        'Giai đoạn phải ghi rõ năm ("2016-2020", "giai đoạn 2021 – 2025", "năm 2022"); một nhãn\n'
        "không có năm nào khiến mọi phép kiểm tra về năm không có mốc để đối chiếu."
    ),
    "KC206": (
        "Một ngày ghi đủ ngày, tháng, năm phải có thật trên lịch; \"31/02/2015\" là lỗi gõ nhầm,\n"
        "và nó còn làm mất mọi phép kiểm tra đối chiếu với ngày của văn bản."
    ),
    # Claims in the prose.
    "KC301": (
        "Một số liệu trong lời văn có dẫn chiếu tới số liệu của bảng (``of:``) phải bằng tổng\n"
        "các số liệu đó, tính theo đơn vị của chính lời văn, trong phạm vi mà từ ước lượng đi\n"
        "kèm cho phép (gần, hơn, khoảng, …)."
    ),
    "KC302": (
        'Các phần nêu sau "trong đó" / "bao gồm" cộng lại phải bằng tổng; khi văn bản chỉ nêu\n'
        "một số phần (``parts_complete: false``), các phần đó cộng lại không được vượt quá tổng."
    ),
    "KC303": (
        'Tỷ lệ ``share`` của một phần ("chiếm 64,3%") phải bằng giá trị của phần đó chia cho\n'
        "tổng của nhận định, với độ chính xác theo số chữ số đã ghi; ``share`` của chính nhận\n"
        "định được đối chiếu với ``share_of``."
    ),
    "KC304": (
        '``per_year`` ("mỗi năm N") nhân với số năm của giai đoạn (``period`` của nhận định,\n'
        "nếu không có thì giai đoạn của văn bản, nếu không nữa thì ``per_year.years``) phải\n"
        "bằng số liệu cả giai đoạn của nhận định; với một khoảng (\"mỗi năm từ 01 đến 02\") thì\n"
        "số liệu cả giai đoạn phải nằm trong khoảng đó; \"bình quân\" cho phép làm tròn theo số\n"
        "chữ số đã ghi."
    ),
    "KC305": (
        "Khi một nhận định có ``per_year`` dẫn chiếu tới các dòng của bảng có ô theo năm\n"
        "(``of``), thì mỗi năm của giai đoạn nên có đúng số liệu mỗi năm đó (hoặc nằm trong\n"
        'khoảng đã nêu). Đây chỉ là cảnh báo, vì "mỗi năm N" trong kế hoạch thường là số liệu\n'
        "cả giai đoạn chia cho năm, trong khi bảng lại phân bổ không đều giữa các năm; hãy đánh\n"
        'dấu nhận định ``average: true`` khi văn bản ghi "bình quân".'
    ),
    "KC306": (
        "``growth.rate`` phải bằng (số cuối / số đầu)^(1 / (năm cuối − năm đầu)) − 1, tính theo\n"
        "phần trăm, với số chữ số đã ghi (12,2 là đúng khi kết quả là 12,21 %)."
    ),
    "KC307": (
        '``ratio.value`` ("một đồng … thu hút 1,7 đồng") phải bằng tử số / mẫu số, với số chữ\n'
        "số đã ghi. Mỗi vế là một số liệu nêu trong văn bản, hoặc số liệu của bảng (``of``)."
    ),
    "KC308": (
        'Một số lượng nêu trong lời văn ("tổ chức 05 hội nghị", "xây dựng 06 mô hình") có dẫn\n'
        "chiếu tới các dòng của bảng chỉ tiêu (``of: {table: bieu-01, rows: [II.3]}``) phải\n"
        "bằng số mà các dòng đó ghi cho cả giai đoạn (cột Tổng, nếu không có thì các ô; hoặc\n"
        "các ô của những năm được nêu), trong phạm vi mà từ ước lượng đi kèm (khoảng, trên, …)\n"
        "hoặc khoảng giá trị cho phép."
    ),
    "KC309": (
        'Một nhận định có ``items`` (các tên được liệt kê sau "gồm:") phải nêu số lượng đúng\n'
        "bằng số tên đã liệt kê."
    ),
    "KC310": (
        "Một bảng có ``restates: other`` (nhắc lại bảng ``other``) phải ghi ở dòng Cộng cùng\n"
        "tổng cho từng năm và từng nguồn như bảng ``other``; một dòng có\n"
        "``restates: [các dòng của other]`` phải khớp với các dòng đó ở từng ô."
    ),
    "KC311": (
        '``every`` ("02 năm/một lần", "vào mỗi năm lẻ") xác định một việc diễn ra bao nhiêu lần\n'
        "trong giai đoạn: ``value`` của nhận định phải bằng số lần đó, và các ô năm có số liệu\n"
        "của những dòng mà ``every.of`` dẫn chiếu phải rơi vào các năm được phép (năm lẻ hoặc\n"
        "năm chẵn, hoặc cách nhau N năm)."
    ),
    # References to other documents, and the document's own date.
    "KC401": (
        "Số hiệu văn bản như ``46/2013/TT-BCT`` mang năm ban hành; ngày của văn bản đó không\n"
        "thể thuộc một năm trước đó. Một trong hai đã bị gõ nhầm (thường là năm trong ngày)."
    ),
    "KC402": (
        "Bản dự thảo để trống số và ngày cho đến khi quyết định được ký (\"Quyết định số:\n"
        '/QĐ-UBND ngày tháng năm 2015"); văn bản đã ban hành phải điền đầy đủ.'
    ),
    "KC403": (
        '``target_year`` của một nhận định ("đến năm 2020") là mốc mục tiêu, nên không thể\n'
        "trước năm văn bản được viết (hoặc, nếu văn bản không ghi ngày, trước năm bắt đầu giai\n"
        "đoạn)."
    ),
    "KC404": (
        "Kế hoạch, chương trình hoặc kế hoạch năm nên được phê duyệt trước năm đầu tiên mà nó\n"
        "áp dụng. Đây chỉ là cảnh báo: phê duyệt muộn vẫn có thể xảy ra, nhưng năm đầu giai đoạn\n"
        "đứng trước ngày phê duyệt thường là dấu hiệu gõ nhầm năm."
    ),
    "KC405": (
        "Báo cáo kết quả không thể báo cáo những việc chưa diễn ra: các cột năm của bảng kết quả\n"
        '(trừ các cột được đánh dấu ``plan_years``, như "KH năm 2015") và giai đoạn của báo cáo\n'
        "kết quả không được vượt quá ngày của văn bản."
    ),
}
