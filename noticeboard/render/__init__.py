"""Stage 4: the PDF renderer (``pdf/``), which reads the plan: wall posters, all-villages.pdf and the
desk documents. The other outputs (kiosk, share cards, announce) are in ``noticeboard/channels/``."""
