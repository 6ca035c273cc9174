"""Read back what was built: every QR code decoded from pixels and compared with manifest.json
(``readback``, with ``page_identity`` to decode each distinct page once), and page thumbnails
for a person's eye (``preview``)."""
