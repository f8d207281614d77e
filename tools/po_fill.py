"""Fill missing Vietnamese translations in locale/vi from a JSON file of {msgid: msgstr}.

Usage:
  python tools/po_fill.py translations.json      fill from {msgid: msgstr}
  python tools/po_fill.py --from-po OTHER.po      fill what is missing from another catalogue
                                                  (e.g. your branch's copy after a merge conflict)
  python tools/po_fill.py --missing               list msgids that still have no translation
Then `manage.py compilemessages` and commit both .po and .mo.
"""

import json
import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def main(argv: list[str]) -> int:
    po = polib.pofile(str(PO))
    if argv and argv[0] == "--missing":
        missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
        print(json.dumps(missing, ensure_ascii=False, indent=1))
        return 0
    if argv[0] == "--from-po":
        # Keyed by (context, msgid): "Open" a button and "Open" a state are different entries.
        table = {}
        for path in argv[1:]:
            for e in polib.pofile(path):
                if e.translated():
                    table[(e.msgctxt, e.msgid)] = e.msgstr_plural[0] if e.msgid_plural else e.msgstr
        done = {(e.msgctxt, e.msgid) for e in po if e.translated()}
        table = {k: v for k, v in table.items() if k not in done}
    else:
        table = {(None, k): v for k, v in json.loads(Path(argv[0]).read_text()).items()}
    filled = 0
    for entry in po:
        if (entry.msgctxt, entry.msgid) in table:
            value = table[(entry.msgctxt, entry.msgid)]
            if entry.msgid_plural:
                entry.msgstr_plural = {0: value if isinstance(value, str) else value[0]}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            filled += 1
    po.metadata["Language"] = "vi"
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save()
    print(f"filled {filled}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
