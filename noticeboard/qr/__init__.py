"""QR codes and the links they hold: which links are allowed (``urls``), what a procedure's code
opens (``target``), and the codes themselves, encoded once per URL (``encode``)."""
