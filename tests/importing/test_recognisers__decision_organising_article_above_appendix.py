"""A decision signed above its appendix task table: the article that organises the carrying out
(`Điều 2. Tổ chức thực hiện`, its title alone on the line) is the document's closing part, read as
a `III. TỔ CHỨC THỰC HIỆN` heading above an appendix is; the other articles (issuing the plan, its
entry into force, who carries it out) are not, and a later article ends the part. Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph
from engine.importing.recognisers import _article_organises, closing_requests

from .helpers_blocks import BlocksDocument, table_of


def _decision(articles: list[str]):
    appendix = table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian"],
            ["1", "Nạo vét kênh tưới nội đồng", "Đội Thủy nông", "Tháng 4/2029"],
        ]
    )
    appendix.row_lines = [60, 61]
    texts = [
        "QUYẾT ĐỊNH",
        "Về việc ban hành Kế hoạch tưới tiêu năm 2029",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tưới tiêu năm 2029 (chi tiết tại Phụ lục).",
        *articles,
        "Nơi nhận:",
        "PHỤ LỤC",
    ]
    return BlocksDocument([*(Paragraph(text, line=20 + n) for n, text in enumerate(texts)), appendix])


def test_an_article_line_opens_or_ends_the_organising_part():
    assert _article_organises("Điều 2. Tổ chức thực hiện") is True
    assert _article_organises("Điều 3: TỔ CHỨC THỰC HIỆN") is True
    # another article, or the organising article printed as a sentence: it ends the part
    assert _article_organises("Điều 3. Quyết định có hiệu lực kể từ ngày ký.") is False
    assert _article_organises("Điều 2. Tổ chức thực hiện Kế hoạch này theo đúng tiến độ.") is False
    assert _article_organises("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …") is False
    # no article
    assert _article_organises("2. Tổ chức thực hiện") is None
    assert _article_organises("Điều lệ Công ty quy định …") is None


def test_the_organising_articles_named_duties_above_the_appendix_are_items():
    document = _decision(
        [
            "Điều 2. Tổ chức thực hiện",
            "1. Phòng Kế hoạch - Kỹ thuật là đơn vị đầu mối, theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Giám đốc hằng tháng.",
            "2. Phòng Tài vụ bố trí kinh phí nạo vét theo tiến độ của Kế hoạch.",
            "3. Kinh phí thực hiện từ nguồn thủy lợi phí năm 2029.",  # no unit: no item
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký.",
            "Điều 4. Trưởng các phòng, Đội trưởng các Đội Thủy nông chịu trách nhiệm thi hành Quyết định này./.",
        ]
    )
    found = closing_requests(document, taken={61})
    assert [(item.lead, item.due) for item in found] == [
        ("Phòng Kế hoạch - Kỹ thuật", "hằng tháng"),
        ("Phòng Tài vụ", ""),
    ]


def test_numbered_paragraphs_of_other_articles_are_no_items():
    # limit: an article that is not the organising one (`Điều 2. Giao nhiệm vụ cụ thể …` as a
    # sentence, a later article after the organising one) leaves its numbered paragraphs alone
    document = _decision(
        [
            "Điều 2. Các nội dung của Kế hoạch gồm:",
            "1. Phòng Kế hoạch - Kỹ thuật lập phương án tưới cho vụ Đông Xuân.",
            "Điều 3. Tổ chức thực hiện",
            "Điều 4. Các quy định chuyển tiếp",
            "1. Phòng Tài vụ bố trí kinh phí nạo vét theo tiến độ của Kế hoạch.",
        ]
    )
    assert closing_requests(document, taken={61}) == []
