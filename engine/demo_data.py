"""The demo organisations: the bodies of ../shared/seeds with their units and leaders.

Unit names, abbreviations and leaders are those the seed documents print. Where a
document names no person for a role (a deputy director of Nghệ An, the director of
Quảng Ngãi), the demo person is marked "(demo)". Aliases here are the official
abbreviations only; misspellings in the documents are for the importer's matcher.
"""

from dataclasses import dataclass, field

SECRETARIAT = "secretariat"
INSPECTORATE = "inspectorate"
DIVISION = "division"
CENTRE = "service_centre"
OTHER = "other"


@dataclass(frozen=True)
class DemoUnit:
    name: str
    short_name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoLeader:
    full_name: str
    title: str
    supervises: tuple[str, ...] = ()  # short names of the supervised units
    fields: str = ""


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    prefix: str  # username prefix
    name: str
    short_name: str
    province: str
    seeds: tuple[str, ...]
    units: tuple[DemoUnit, ...]
    director: DemoLeader
    deputies: tuple[DemoLeader, ...] = field(default=())


ORGANISATIONS: tuple[DemoOrganisation, ...] = (
    DemoOrganisation(
        slug="nghe-an-skhcn",
        prefix="nghean",
        name="Sở Khoa học và Công nghệ tỉnh Nghệ An",
        short_name="Sở KH&CN Nghệ An",
        province="Nghệ An",
        seeds=("000",),
        units=(
            DemoUnit("Văn phòng Sở", "Văn phòng", SECRETARIAT, ("VP", "Văn phòng")),
            DemoUnit("Thanh tra Sở", "Thanh tra", INSPECTORATE, ("TT Sở",)),
            DemoUnit("Phòng Quản lý Khoa học", "QLKH", DIVISION, ("Phòng QLKH", "Quản lý KH")),
            DemoUnit("Phòng Quản lý Công nghệ", "QLCN", DIVISION, ("Phòng QLCN", "Quản lý CN")),
            DemoUnit("Phòng Chuyển đổi số", "CĐS", DIVISION, ("Phòng CĐS", "Chuyển đổi số")),
            DemoUnit(
                "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng",
                "QLĐLCL",
                DIVISION,
                ("Phòng QLĐLCL", "Quản lý ĐLCL", "QLTCĐLCL"),
            ),
            DemoUnit(
                "Trung tâm Khoa học Xã hội và Nhân văn",
                "KHXH&NV",
                CENTRE,
                ("Trung tâm KHXH&NV",),
            ),
            DemoUnit(
                "Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ",
                "Ứng dụng TBKHCN",
                CENTRE,
                ("Trung tâm Ứng dụng TBKHCN",),
            ),
            DemoUnit(
                "Trung tâm Khoa học Công nghệ và Truyền thông",
                "KHCN&TT",
                CENTRE,
                ("Trung tâm KHCN&TT",),
            ),
            DemoUnit(
                "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
                "KTTCĐLCL",
                CENTRE,
                ("Trung tâm Kỹ thuật TCĐLCL",),
            ),
        ),
        director=DemoLeader("Nguyễn Quý Linh", "Giám đốc Sở"),
        deputies=(
            DemoLeader(
                "Phó Giám đốc phụ trách Khoa học (demo)",
                "Phó Giám đốc Sở",
                ("QLKH", "KHXH&NV", "Ứng dụng TBKHCN"),
                "Khoa học, ứng dụng tiến bộ khoa học",
            ),
            DemoLeader(
                "Phó Giám đốc phụ trách Công nghệ và Chuyển đổi số (demo)",
                "Phó Giám đốc Sở",
                ("QLCN", "CĐS", "QLĐLCL", "KHCN&TT", "KTTCĐLCL"),
                "Công nghệ, chuyển đổi số, tiêu chuẩn đo lường chất lượng",
            ),
        ),
    ),
    DemoOrganisation(
        slug="ha-tinh-skhcn",
        prefix="hatinh",
        name="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
        short_name="Sở KH&CN Hà Tĩnh",
        province="Hà Tĩnh",
        seeds=("001",),
        units=(
            DemoUnit("Văn phòng Sở", "Văn phòng", SECRETARIAT, ("VP Sở", "Văn phòng")),
            DemoUnit("Thanh tra Sở", "Thanh tra", INSPECTORATE, ()),
            DemoUnit("Phòng Quản lý Khoa học", "QLKH", DIVISION, ("Phòng QLKH",)),
            DemoUnit("Phòng Công nghệ và Đổi mới sáng tạo", "CN&ĐMST", DIVISION, ("Phòng CN&ĐMST",)),
            DemoUnit("Phòng Chuyển đổi số", "CĐS", DIVISION, ("Phòng CĐS", "Phòng CDS")),
            DemoUnit(
                "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng",
                "QLTCĐLCL",
                DIVISION,
                ("Phòng QLTCĐLCL",),
            ),
            DemoUnit(
                "Trung tâm Khoa học, Công nghệ và Chuyển đổi số",
                "KH,CN&CĐS",
                CENTRE,
                ("Trung tâm KH,CN&CDS",),
            ),
            DemoUnit(
                "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
                "KTTCĐLCL",
                CENTRE,
                ("Trung tâm Kỹ thuật TCĐLCL",),
            ),
            DemoUnit("Đảng ủy Sở", "Đảng ủy", OTHER, ()),
            DemoUnit("Công đoàn Văn phòng Sở", "Công đoàn VP", OTHER, ("Công đoàn VP Sở",)),
        ),
        director=DemoLeader("Hoàn", "Giám đốc Sở"),
        deputies=(
            DemoLeader("An", "Phó Giám đốc Sở", ("QLKH",), "Quản lý khoa học"),
            DemoLeader("Bằng", "Phó Giám đốc Sở", ("QLTCĐLCL", "KTTCĐLCL"), "Tiêu chuẩn đo lường chất lượng"),
            DemoLeader("Tuấn", "Phó Giám đốc Sở", ("CĐS",), "Chuyển đổi số, hạ tầng số"),
            DemoLeader("Nga", "Phó Giám đốc Sở", ("KH,CN&CĐS",), "Thông tin, dịch vụ công"),
            DemoLeader("Bình", "Phó Giám đốc Sở", ("CN&ĐMST",), "Công nghệ, sở hữu trí tuệ"),
            DemoLeader("Lâm", "Phó Giám đốc Sở", ("Văn phòng",), "Văn phòng, tổ chức"),
        ),
    ),
    DemoOrganisation(
        slug="quang-ngai-skhcn",
        prefix="quangngai",
        name="Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
        short_name="Sở KH&CN Quảng Ngãi",
        province="Quảng Ngãi",
        seeds=("002", "003"),
        units=(
            DemoUnit("Văn phòng Sở", "Văn phòng", SECRETARIAT, ("VP Sở", "Văn phòng")),
            DemoUnit("Thanh tra Sở", "Thanh tra", INSPECTORATE, ()),
            DemoUnit(
                "Phòng Quản lý Khoa học và Đổi mới sáng tạo",
                "QLKH&ĐMST",
                DIVISION,
                ("Phòng QLKH&ĐMST",),
            ),
            DemoUnit("Phòng Quản lý Công nghệ và Chuyên ngành", "QLCN&CN", DIVISION, ("Phòng QLCN&CN",)),
            DemoUnit(
                "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng",
                "QLTCĐLCL",
                DIVISION,
                ("Phòng QLTCĐLCL",),
            ),
            DemoUnit(
                "Phòng Bưu chính - Viễn thông và Chuyển đổi số",
                "BCVT&CĐS",
                DIVISION,
                ("Phòng BCVT&CĐS",),
            ),
            DemoUnit(
                "Trung tâm Chuyển đổi số và Đổi mới sáng tạo",
                "CĐS&ĐMST",
                CENTRE,
                ("Trung tâm CĐS&ĐMST",),
            ),
            DemoUnit(
                "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
                "KTTCĐLCL",
                CENTRE,
                ("Trung tâm KTTCĐLCL",),
            ),
            DemoUnit("Trung tâm Ứng dụng khoa học công nghệ", "UDKHCN", CENTRE, ("Trung tâm UDKHCN",)),
            # The units of the 2025 programme (seed 003), before the merger of July 2025.
            DemoUnit("Phòng Quản lý Khoa học - Công nghệ", "KH-CN", DIVISION, ("Phòng KH-CN", "Phòng KHCN")),
            DemoUnit("Phòng Quản lý Chuyên ngành", "QLCN", DIVISION, ("Phòng QLCN",)),
            DemoUnit(
                "Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
                "BCVTCNTT",
                DIVISION,
                ("Phòng BCVTCNTT",),
            ),
            DemoUnit(
                "Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ",
                "UDDVKHCN",
                CENTRE,
                ("Trung tâm UDDVKHCN",),
            ),
        ),
        director=DemoLeader("Giám đốc Sở Quảng Ngãi (demo)", "Giám đốc Sở"),
        deputies=(
            DemoLeader(
                "Phan Văn Hiếu", "Phó Giám đốc Sở", ("QLKH&ĐMST", "KH-CN", "UDKHCN", "UDDVKHCN"), "Khoa học"
            ),
            DemoLeader(
                "Trần Công Hòa",
                "Phó Giám đốc Sở",
                ("QLCN&CN", "QLCN", "QLTCĐLCL", "KTTCĐLCL"),
                "Công nghệ, chuyên ngành, tiêu chuẩn đo lường chất lượng",
            ),
            DemoLeader(
                "Nguyễn Quốc Huy Hoàng",
                "Phó Giám đốc Sở",
                ("BCVT&CĐS", "BCVTCNTT", "CĐS&ĐMST"),
                "Bưu chính, viễn thông, chuyển đổi số",
            ),
        ),
    ),
    DemoOrganisation(
        slug="son-la-vpubnd",
        prefix="sonla",
        name="Văn phòng Ủy ban nhân dân tỉnh Sơn La",
        short_name="VP UBND tỉnh Sơn La",
        province="Sơn La",
        seeds=("004",),
        units=(
            DemoUnit(
                "Phòng Tổ chức - Hành chính - Quản trị",
                "TCHCQT",
                SECRETARIAT,
                ("Phòng TCHCQT", "Phòng Tổ chức – Hành chính – Quản trị"),
            ),
            DemoUnit("Trung tâm Thông tin", "TTTT", CENTRE, ("Trung tâm Thông tin tỉnh",)),
            DemoUnit("Phòng Kinh tế", "KT", DIVISION, ("Phòng KT",)),
            DemoUnit("Phòng Khoa giáo - Văn xã", "KGVX", DIVISION, ("Phòng KGVX",)),
            DemoUnit("Phòng Nội chính", "NC", DIVISION, ("Phòng NC",)),
            DemoUnit("Phòng Tổng hợp", "TH", DIVISION, ("Phòng TH",)),
        ),
        director=DemoLeader("Trần Bình Minh", "Chánh Văn phòng"),
        deputies=(
            DemoLeader(
                "Phó Chánh Văn phòng phụ trách Tổng hợp (demo)",
                "Phó Chánh Văn phòng",
                ("TCHCQT", "TH", "NC"),
                "Tổng hợp, nội chính",
            ),
            DemoLeader(
                "Phó Chánh Văn phòng phụ trách Kinh tế - Văn xã (demo)",
                "Phó Chánh Văn phòng",
                ("KT", "KGVX", "TTTT"),
                "Kinh tế, văn xã, thông tin",
            ),
        ),
    ),
)
