"""The Visits tab: what happened at each visit, who was there, and the agreed next steps,
which become plan steps in one click; the list says how long since the last visit."""
