"""The outputs besides the wall posters, each from the same plan: the offline kiosk (``kiosk``), cards
and captions for Zalo and Facebook (``share``), the loudspeaker script (``announce``, spoken
through ``spoken``)."""
