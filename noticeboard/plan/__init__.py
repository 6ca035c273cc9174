"""Stage 3: decide what each village's cultural house and each commune's desk get, before anything
is drawn: the village plans (``village``), what is in force on the build date (``in_force``,
``posted``), the desk documents (``desk``) and what changed since the last build
(``changes``)."""
