"""The wall posters and the commune's desk documents, built: project → plan → render → atomic
writes → manifest (``build``), the desk documents with it (``desk``), one commune a job (``job``)."""
