"""The offline kiosk: a static folder (HTML, CSS, JS, fonts, data.js) and a hardened server."""
