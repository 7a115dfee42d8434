"""The English translation of the interface: find every string shown in ui/, keep the .ts file in step
with the code, and report strings that are not wrapped for translation or not yet translated.

    python tools/translations.py update   # refresh resources/translations/zhaoshang_en.ts from ui/
    python tools/translations.py check    # unwrapped strings, unfinished or missing entries (exit 1)

A string is wrapped when it is the text of self.tr(...), QCoreApplication/QApplication.translate(
"Context", ...), QT_TRANSLATE_NOOP("Context", ...), or the header of a Column(...) (context
"Column", translated where the header is shown). Docstrings and comments are not shown, so ignored.
The fixed vocabularies (context "Vocabulary") and the tables' Chinese names (their verbose_name,
context "Records") are read from models/.
The .qm the program loads is built from the .ts by Qt's lrelease (make translations).
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TS_FILE = ROOT / "resources" / "translations" / "zhaoshang_en.ts"
# Chinese characters; punctuation alone (a 、 joining names) is not text to translate.
CJK = re.compile(r"[\u3400-\u9fff]")
TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Unwrapped:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text[:50]!r}"


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _on_self(call: ast.Call) -> bool:
    """self.tr(...): the context is the class being defined. Another object's tr() takes that
    object's class at run time, which the source does not show; use translate("Context", …)."""
    func = call.func
    return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self"


def _text(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Scan(ast.NodeVisitor):
    """Collects (context, source) pairs and the CJK literals outside any wrapper in one module."""

    def __init__(self, path: Path):
        self.path = path
        self.classes: list[str] = []
        self.messages: list[tuple[str, str]] = []
        self.wrapped: set[int] = set()  # ids of literal nodes that are translated
        self.unwrapped: list[Unwrapped] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node)
        args = node.args
        if name == "tr" and args and _text(args[0]) is not None and self.classes and _on_self(node):
            self._take(self.classes[-1], args[0])
        elif name in TRANSLATE_CALLS and len(args) >= 2 and _text(args[0]) and _text(args[1]):
            self._take(args[0].value, args[1])
        elif name == "Column" and args and _text(args[0]) is not None:
            self._take("Column", args[0])
        self.generic_visit(node)

    def _take(self, context: str, node: ast.Constant) -> None:
        self.messages.append((context, node.value))
        self.wrapped.add(id(node))

    def _marked(self, node: ast.Constant) -> bool:
        """A literal on a line marked `# notr` is a name, not text (a settings key, a file name
        the user renames anyway)."""
        return "# notr" in self.lines[node.lineno - 1]

    def visit_Expr(self, node: ast.Expr) -> None:
        if _text(node.value) is not None:  # a docstring or a bare string: never shown
            return
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        text = _text(node)
        if text and CJK.search(text) and id(node) not in self.wrapped and not self._marked(node):
            self.unwrapped.append(Unwrapped(self.path, node.lineno, text))


VOCABULARY = ROOT / "models" / "vocab.py"
STATUS_WORDS = ROOT / "reports" / "status.py"


def vocabulary() -> list[str]:
    """The Chinese names of every fixed vocabulary (module-level dicts of models/vocab.py, the
    stage actions of models/store/projects.py and the status words of reports/status.py), shown
    through ui/vocab_text.py."""
    names: list[str] = []
    for path in (VOCABULARY, ROOT / "models" / "store" / "projects.py", STATUS_WORDS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    text = _text(value)
                    if text and CJK.search(text) and text not in names:
                        names.append(text)
    return names


TABLES = ROOT / "models" / "db"


def table_names() -> list[str]:
    """The Chinese name of every table (verbose_name in a model's class Meta, models/db/), shown
    through QCoreApplication.translate("Records", …) as the kinds of record counted."""
    names: list[str] = []
    for path in sorted(TABLES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ClassDef) and node.name == "Meta"):
                continue
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and [getattr(t, "id", None) for t in item.targets] == ["verbose_name"]
                    and _text(item.value)
                    and item.value.value not in names
                ):
                    names.append(item.value.value)
    return names


def scan(paths=None) -> tuple[dict[str, list[str]], list[Unwrapped]]:
    """Every translatable message by context (in source order) and every unwrapped CJK literal."""
    paths_given = paths
    paths = sorted(paths or SOURCES.rglob("*.py"))
    contexts: dict[str, list[str]] = {}
    unwrapped: list[Unwrapped] = []
    for path in paths:
        visitor = _Scan(path)
        text = path.read_text(encoding="utf-8")
        visitor.lines = text.splitlines()
        tree = ast.parse(text, str(path))
        # Calls are visited before their arguments' constants, so wrapped literals are known first.
        visitor.visit(tree)
        for context, source in visitor.messages:
            seen = contexts.setdefault(context, [])
            if source not in seen:
                seen.append(source)
        unwrapped += visitor.unwrapped
    if paths_given is None:
        contexts["Vocabulary"] = vocabulary()
        contexts["Records"] = table_names()
    return contexts, unwrapped


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation, None when unfinished."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            found[(name, message.findtext("source") or "")] = (
                (translation.text or "") if done else None
            )
    return found


def write_ts(contexts: dict[str, list[str]], translations: dict, path: Path = TS_FILE) -> None:
    """The .ts file for these messages, keeping known translations; written whole, then renamed."""
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="zh_CN")
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in contexts[name]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = translations.get((name, source))
            if text is None:
                translation.set("type", "unfinished")
            else:
                translation.text = text
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".ts.tmp")
    body = ET.tostring(root, encoding="unicode")
    tmp.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    tmp.replace(path)


def problems() -> list[str]:
    """What stops the English interface from being complete, one line each."""
    contexts, unwrapped = scan()
    known = read_ts()
    found = [f"未包裹翻译：{u}" for u in unwrapped]
    for name, sources in contexts.items():
        for source in sources:
            if (name, source) not in known:
                found.append(
                    f"英文翻译文件缺少（运行 tools/translations.py update）：{name}: {source[:50]!r}"
                )
            elif known[(name, source)] is None:
                found.append(f"英文未翻译：{name}: {source[:50]!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        contexts, _ = scan()
        known = read_ts()
        # A text already translated in one context is offered in the others (as Linguist does).
        by_source = {source: text for (_c, source), text in known.items() if text is not None}
        for name, sources in contexts.items():
            for source in sources:
                if known.get((name, source)) is None and source in by_source:
                    known[(name, source)] = by_source[source]
        write_ts(contexts, known)
        print(f"已更新 {TS_FILE.relative_to(ROOT)}")
        command = "check"
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        print(f"共 {len(found)} 处问题" if found else "界面文字均已包裹并译成英文")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
