"""OUT/index.html: every card and its caption, per commune, for a clerk to look through and copy
from before posting. One plain file that opens offline; the copy button is a few lines of
script (a select-all of the caption text also works without it)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from ...labels import LABELS


@dataclass(frozen=True)
class Entry:
    commune: str
    code: str
    name: str
    cards: tuple[str, ...]  # paths relative to OUT
    caption: str
    caption_file: str


def index_html(title: str, entries: list[Entry], sample: bool = False) -> str:
    """``sample`` (the bundled sample): the mark on a strip under the title, as on the cards."""
    e = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    parts = ["<!doctype html>", '<html lang="vi"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{e(title)}</title>", f"<style>{CSS}</style></head><body>",
             f"<h1>{e(title)}</h1>",
             *([f'<p class=sample role=note>{e(LABELS["sample_mark"])}</p>'] if sample else []),
             "<p class=meta>Mỗi thủ tục: ảnh để đăng lên nhóm Zalo, Facebook của xã, và lời giới thiệu "
             "kèm theo. Bấm “Chép lời giới thiệu” rồi dán vào ô viết bài; gửi kèm ảnh.</p>"]
    commune = None
    for i, entry in enumerate(entries):
        if entry.commune != commune:
            if commune is not None:
                parts.append("</section>")
            commune = entry.commune
            parts.append(f"<section><h2>{e(commune)}</h2>")
        imgs = "".join(f'<a href="{e(c)}"><img src="{e(c)}" width="270" height="338" loading="lazy" '
                       f'alt="{e(entry.name)}, ảnh {n}"></a>' for n, c in enumerate(entry.cards, 1))
        parts.append(f'<article id="c{i}"><h3>{e(entry.name)} <small>{e(entry.code)}</small></h3>'
                     f'<div class=cards>{imgs}</div>'
                     f'<textarea readonly rows="{min(18, entry.caption.count(chr(10)) + 3)}" id="t{i}">{e(entry.caption)}</textarea>'
                     f'<p><button type="button" data-copy="t{i}">Chép lời giới thiệu</button> '
                     f'<a href="{e(entry.caption_file)}">{e(entry.caption_file)}</a></p></article>')
    if commune is not None:
        parts.append("</section>")
    parts.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"


CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;background:#f4f4f0;color:#222;max-width:70rem}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{border-bottom:2px solid #8b0000;padding-bottom:.2rem;margin-top:2rem}
h3{margin:1.2rem 0 .4rem;font-size:1.15rem}small{font-weight:normal;color:#666}.meta{color:#444}
article{background:#fff;border:1px solid #ccc;border-radius:8px;padding:.6rem 1rem 1rem;margin:1rem 0}
.cards{display:flex;flex-wrap:wrap;gap:.6rem}.cards img{border:1px solid #aaa;height:auto}
textarea{width:100%;box-sizing:border-box;font:inherit;font-size:1rem;margin-top:.6rem}
button{font:inherit;padding:.4rem 1rem;cursor:pointer}
.sample{background:#FFD84D;color:#222;font-weight:bold;text-align:center;padding:.4rem;border-radius:4px}
""".strip()

SCRIPT = """
document.addEventListener('click', function (ev) {
  var id = ev.target.getAttribute && ev.target.getAttribute('data-copy');
  if (!id) return;
  var box = document.getElementById(id);
  box.focus(); box.select();
  var done = function () { ev.target.textContent = 'Đã chép'; };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(box.value).then(done, function () { document.execCommand('copy'); done(); });
  else { document.execCommand('copy'); done(); }
});
""".strip()
