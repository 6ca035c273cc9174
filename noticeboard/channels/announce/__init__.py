"""``noticeboard announce``: a script per commune for the village loudspeaker (loa truyền thanh)."""
