"""Where a unit's name ends inside a sentence (prose_facts._until_verb): a dashed part that opens with
a verb printed with a capital is still the name's field where a lead's verb follows it (`Phòng Kiểm
tra - Giám sát chủ trì …`, `Phòng Tuyên truyền - Hỗ trợ người nộp thuế chủ trì …`), but not where
the dash opens the task (`Tổ Ngữ văn - Xây dựng chuyên đề …`); and the verbs of running, compiling,
repairing and sending staff (`vận hành`, `biên soạn`, `sửa chữa`, `cử cán bộ`) end a name, unless
they are its own words (`Đội Quản lý vận hành`, `Tổ biên soạn`, `Tổ Vận hành …`, `bầu cử`)."""

from engine.importing.layouts.prose_facts import assignment_in, dashed_part


def _lead(text: str) -> str:
    found = assignment_in(text)
    assert found is not None
    return found.lead


def test_a_dashed_field_that_opens_with_a_verb_continues_the_name_before_a_leads_verb():
    assert _lead("Phòng Kiểm tra - Giám sát chủ trì rà soát hồ sơ hoàn thuế năm 2028.") == (
        "Phòng Kiểm tra - Giám sát"
    )
    assert _lead("Phòng Thẩm định - Giám sát đầu tư tham mưu phương án phân bổ vốn.") == (
        "Phòng Thẩm định - Giám sát đầu tư"
    )
    assert _lead("Phòng Tuyên truyền - Hỗ trợ người nộp thuế chủ trì tổ chức hội nghị đối thoại.") == (
        "Phòng Tuyên truyền - Hỗ trợ người nộp thuế"
    )
    assert dashed_part("Giám sát chủ trì rà soát hồ sơ") == "Giám sát"


def test_a_dash_before_the_task_that_opens_with_a_verb_still_ends_the_name():
    assert dashed_part("Xây dựng chuyên đề dạy học cho khối 11.") == ""
    # a manner word, a second verb or no lead's verb after the capital: the task itself
    assert dashed_part("Tiếp tục chủ trì rà soát hồ sơ.") == ""
    assert dashed_part("Chuẩn bị tổ chức hội thi cấp trường.") == ""
    assert dashed_part("Giám sát tổng hợp kết quả quý III.") == ""
    assert dashed_part("Rà soát, chủ trì báo cáo.") == ""
    assert _lead("Phòng Nội vụ - Rà soát hồ sơ cán bộ, tổng hợp kết quả gửi Sở.") == "Phòng Nội vụ"


def test_the_verbs_of_running_compiling_repairing_and_sending_end_a_name():
    assert _lead("Phòng Kỹ thuật vận hành thử hệ thống điều khiển xa tại trạm.") == "Phòng Kỹ thuật"
    assert _lead("Phòng Nghiệp vụ biên soạn sổ tay hỏi đáp về chính sách thuế.") == "Phòng Nghiệp vụ"
    assert _lead("Giao Phòng Hạ tầng sửa chữa mặt đường tuyến ĐT.291 trước ngày 30/6.") == "Phòng Hạ tầng"
    assert _lead("Văn phòng cử cán bộ tham dự lớp tập huấn nghiệp vụ.") == "Văn phòng"
    assert _lead("Phòng Nội vụ cử 02 công chức tham gia Tổ công tác liên ngành.") == "Phòng Nội vụ"
    assert _lead("Phòng Nghiệp vụ - Dự toán biên soạn tài liệu hướng dẫn quyết toán.") == (
        "Phòng Nghiệp vụ - Dự toán"
    )


def test_a_name_that_holds_the_verb_stays_whole():
    assert _lead("Đội Quản lý vận hành sửa chữa dứt điểm các điểm phát nhiệt trên lưới điện.") == (
        "Đội Quản lý vận hành"
    )
    assert _lead("Đội Quản lý vận hành lưới điện cao thế thực hiện kiểm tra định kỳ.") == (
        "Đội Quản lý vận hành lưới điện cao thế"
    )
    assert _lead("Tổ Vận hành trạm biến áp Đồng Mỏ kiểm tra cách điện thiết bị trong trạm.") == (
        "Tổ Vận hành trạm biến áp Đồng Mỏ"
    )
    assert _lead("Tổ trưởng Tổ biên soạn hoàn thành bản thảo trước ngày 15/12.") == "Tổ biên soạn"
    # `cử` only with who is sent: not the `cử` of an election, nor the folded `cũ`, `cụ`
    assert _lead("Ban Chỉ đạo bầu cử xã chủ trì kiểm tra các tổ bầu cử.") == "Ban Chỉ đạo bầu cử xã"
    assert _lead("Phòng Quản lý đô thị cũ tổng hợp hồ sơ cụ thể.") == "Phòng Quản lý đô thị cũ"


def test_after_a_name_of_an_act_the_dashed_act_and_its_object_are_the_names_second_field():
    assert (
        _lead("Phòng Bổ sung - Xử lý tài liệu bổ sung 6.500 bản sách mới.")
        == "Phòng Bổ sung - Xử lý tài liệu"
    )
    assert _lead("Phòng Quản lý - Hướng dẫn nghiệp vụ mở 03 lớp bồi dưỡng.") == (
        "Phòng Quản lý - Hướng dẫn nghiệp vụ"
    )
    # not after a subject's or a place's name: the dash opens the task
    assert _lead("Phòng Nội vụ - Rà soát hồ sơ cán bộ, tổng hợp kết quả gửi Sở.") == "Phòng Nội vụ"
    assert dashed_part("Xây dựng chuyên đề dạy học cho khối 11.", before="Tổ Ngữ văn") == ""


def test_opening_classes_and_receiving_end_a_name():
    assert _lead("Phòng Nghiệp vụ - Địa chí mở 02 lớp tập huấn nghiệp vụ.") == "Phòng Nghiệp vụ - Địa chí"
    assert _lead(
        "Phòng Thu thập - Bảo quản tài liệu tiếp nhận 120 mét giá hồ sơ của các cơ quan thuộc nguồn nộp lưu."
    ) == ("Phòng Thu thập - Bảo quản tài liệu")
    # a one-stop desk's name in lower case keeps its words
    assert (
        _lead("Bộ phận tiếp nhận và trả kết quả cập nhật hồ sơ trực tuyến.")
        == "Bộ phận tiếp nhận và trả kết quả"
    )


def test_recording_readings_or_minutes_ends_a_name():
    # (h13fixZV, the shape of h867: `Phòng Kinh doanh - Dịch vụ khách hàng ghi chỉ số đồng hồ …`)
    assert _lead("Phòng Kinh doanh - Chăm sóc khách hàng ghi chỉ số công tơ hằng tháng.") == (
        "Phòng Kinh doanh - Chăm sóc khách hàng"
    )
    assert _lead("Tổ Thư ký ghi biên bản các phiên họp, gửi Văn phòng trước ngày 10/3/2029.") == "Tổ Thư ký"
    # limit: printed with a capital it is the name's word
    assert _lead("Phòng Ghi chép tư liệu lập danh mục tài liệu trước ngày 10/3/2029.") == (
        "Phòng Ghi chép tư liệu"
    )
