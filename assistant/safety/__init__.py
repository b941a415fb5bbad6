"""What must never fail: the floor of explicit safety phrases and the fixed replies.

Owns the floor (`floor.py`: one matcher over the phrases in
`assistant/data/safety_floor.yaml`, in front of every other layer) and the
human-written crisis, check-in and decline texts (`texts.py`). The trained risk
reading that builds on the floor lives in `assistant.understanding`. Nothing here
imports anything but the standard library and `yaml`.
"""
