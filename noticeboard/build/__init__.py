"""The posters build: project → plan → render → atomic writes → manifest (``posters``), with the
commune's desk documents (``desk``)."""
